using System.Buffers.Binary;
using System.Globalization;

namespace Broadsheet.Load;

/// <summary>
/// The XXH128 hash of a body, as two halves. Not <see cref="UInt128"/>: the ahead-of-time compiler leaves every method
/// that handles a 16-byte-aligned value to the JIT, and the loader, the validators and the fingerprints all pass these on.
/// </summary>
public readonly record struct BodyHash(ulong High, ulong Low)
{
    /// <summary>The hash from XXH128's 16 bytes, which come highest first.</summary>
    public static BodyHash FromBytes(ReadOnlySpan<byte> bytes) =>
        new(BinaryPrimitives.ReadUInt64BigEndian(bytes), BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]));

    /// <summary>32 lowercase hex digits, highest first.</summary>
    public override string ToString() =>
        string.Create(32, this, static (chars, hash) =>
        {
            hash.High.TryFormat(chars, out _, "x16", CultureInfo.InvariantCulture);
            hash.Low.TryFormat(chars[16..], out _, "x16", CultureInfo.InvariantCulture);
        });
}
