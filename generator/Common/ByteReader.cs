using System.Buffers.Binary;
using System.Text;

namespace Broadsheet.Common;

/// <summary>
/// Reads, from bytes in memory, what a <see cref="BinaryWriter"/> wrote: the small records a cache file keeps whole
/// (a front matter, a validated article), read without a stream or buffer of their own.
/// </summary>
internal ref struct ByteReader(ReadOnlySpan<byte> bytes)
{
    private readonly ReadOnlySpan<byte> _bytes = bytes;
    private int _position;

    public readonly bool AtEnd => _position == _bytes.Length;

    public byte ReadByte() => Take(1)[0];

    public bool ReadBoolean() => ReadByte() != 0;

    public int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(Take(sizeof(int)));

    public int Read7BitEncodedInt()
    {
        var value = 0u;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var b = ReadByte();
            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return (int)value;
            }
        }

        throw new FormatException("a number longer than five bytes");
    }

    public string ReadString()
    {
        var length = Read7BitEncodedInt();
        return length < 0 ? throw new FormatException($"a string of length {length}") : Encoding.UTF8.GetString(Take(length));
    }

    public string? ReadNullableString() => ReadBoolean() ? ReadString() : null;

    private ReadOnlySpan<byte> Take(int count)
    {
        if (_bytes.Length - _position < count)
        {
            throw new FormatException($"the record ends before the {count} bytes it should have next");
        }

        var taken = _bytes.Slice(_position, count);
        _position += count;
        return taken;
    }
}
