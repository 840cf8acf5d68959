using System.Globalization;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Broadsheet.Cache;

/// <summary>
/// A 128-bit hash built up from values, each written with its length or a type mark so that
/// ("ab", "c") and ("a", "bc") differ. Incremental builds compare fingerprints of what a page shows.
/// </summary>
public sealed class Fingerprint
{
    private readonly XxHash128 _hash = new();

    public Fingerprint Add(string? text)
    {
        if (text is null)
        {
            return Mark('n');
        }

        // The UTF-16 code units as they are: no copy, and a fingerprint is only ever compared on the machine that made it.
        Mark('s').Add(text.Length);
        _hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
        return this;
    }

    public Fingerprint Add(long number)
    {
        Span<byte> bytes = stackalloc byte[sizeof(long)];
        BitConverter.TryWriteBytes(bytes, number);
        _hash.Append(bytes);
        return this;
    }

    public Fingerprint Add(ReadOnlySpan<byte> bytes)
    {
        Mark('b').Add(bytes.Length);
        _hash.Append(bytes);
        return this;
    }

    /// <summary>A one-character tag that separates kinds of value (null, string, list, object…).</summary>
    public Fingerprint Mark(char mark)
    {
        Span<byte> bytes = [(byte)mark];
        _hash.Append(bytes);
        return this;
    }

    /// <summary>The hash as 32 hex digits.</summary>
    public string Hex() => Convert.ToHexStringLower(_hash.GetCurrentHash());

    /// <summary>The fingerprint of some bytes, as 32 hex digits.</summary>
    public static string Of(ReadOnlySpan<byte> bytes) => new Fingerprint().Add(bytes).Hex();

    internal Fingerprint AddInvariant(IFormattable value) => Add(value.ToString(null, CultureInfo.InvariantCulture));
}
