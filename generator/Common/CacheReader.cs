using System.Buffers.Binary;
using System.Text;

namespace Broadsheet.Common;

/// <summary>
/// Reads what a <see cref="BinaryWriter"/> wrote to a cache file, from a buffer of its own: each number and string is
/// taken from the buffer's bytes in place, where a <see cref="BinaryReader"/> asks its stream for every value, and builds
/// a string longer than 128 bytes a piece at a time. A short string met before (a front matter's keys, an author's id)
/// is given as the same string again, not a new copy. What it does not read from its buffer (characters, decimals) it
/// does not read at all.
/// </summary>
internal sealed class CacheReader : BinaryReader
{
    /// <summary>Strings up to this many bytes are looked up among those already read.</summary>
    private const int SharedUpTo = 32;

    /// <summary>How many strings are kept to be given again, so that a file of ids all different does not grow the table without end.</summary>
    private const int SharedLimit = 1 << 14;

    /// <summary>The buffer's size: small enough to stay off the large-object heap.</summary>
    private const int BufferSize = 64 * 1024;

    private readonly Stream _input;

    /// <summary>The file's length, taken once: a file stream asks the system for it each time (an fstat call for every buffer filled).</summary>
    private readonly long _length;
    private readonly HashSet<string>? _shared;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _sharedLookup;
    private byte[] _buffer = new byte[BufferSize];
    private int _position;
    private int _end;

    /// <param name="share">Whether a short string met before is given again: worth it for a file of many records alike, not for one small entry.</param>
    public CacheReader(Stream input, bool leaveOpen = false, bool share = true)
        : base(input, Encoding.UTF8, leaveOpen)
    {
        _input = input;
        _length = input.CanSeek ? input.Length : 0;
        if (share)
        {
            _shared = new HashSet<string>(StringComparer.Ordinal);
            _sharedLookup = _shared.GetAlternateLookup<ReadOnlySpan<char>>();
        }
    }

    public override byte ReadByte() => _position < _end ? _buffer[_position++] : Take(1)[0];

    public override sbyte ReadSByte() => (sbyte)ReadByte();

    public override bool ReadBoolean() => ReadByte() != 0;

    public override short ReadInt16() => BinaryPrimitives.ReadInt16LittleEndian(Take(sizeof(short)));

    public override ushort ReadUInt16() => BinaryPrimitives.ReadUInt16LittleEndian(Take(sizeof(ushort)));

    public override int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(Take(sizeof(int)));

    public override uint ReadUInt32() => BinaryPrimitives.ReadUInt32LittleEndian(Take(sizeof(uint)));

    public override long ReadInt64() => BinaryPrimitives.ReadInt64LittleEndian(Take(sizeof(long)));

    public override ulong ReadUInt64() => BinaryPrimitives.ReadUInt64LittleEndian(Take(sizeof(ulong)));

    public override float ReadSingle() => BinaryPrimitives.ReadSingleLittleEndian(Take(sizeof(float)));

    public override double ReadDouble() => BinaryPrimitives.ReadDoubleLittleEndian(Take(sizeof(double)));

    public override byte[] ReadBytes(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return Take(count).ToArray();
    }

    public override int Read(byte[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<byte> buffer)
    {
        var count = Math.Min(buffer.Length, _end - _position);
        if (count == 0 && buffer.Length > 0 && Fill(1))
        {
            count = Math.Min(buffer.Length, _end - _position);
        }

        _buffer.AsSpan(_position, count).CopyTo(buffer);
        _position += count;
        return count;
    }

    public override string ReadString()
    {
        var length = Read7BitEncodedInt();
        if (length < 0)
        {
            throw new FormatException($"a string of length {length}");
        }

        var bytes = Take(length);
        if (_shared is null || length > SharedUpTo)
        {
            return Encoding.UTF8.GetString(bytes);
        }

        Span<char> chars = stackalloc char[SharedUpTo];
        var text = chars[..Encoding.UTF8.GetChars(bytes, chars)];
        if (_sharedLookup.TryGetValue(text, out var known))
        {
            return known;
        }

        var made = text.ToString();
        if (_shared.Count < SharedLimit)
        {
            _shared.Add(made);
        }

        return made;
    }

    public override int PeekChar() => throw Unread();

    public override int Read() => throw Unread();

    public override int Read(char[] buffer, int index, int count) => throw Unread();

    public override int Read(Span<char> buffer) => throw Unread();

    public override char ReadChar() => throw Unread();

    public override char[] ReadChars(int count) => throw Unread();

    public override decimal ReadDecimal() => throw Unread();

    public override Half ReadHalf() => throw Unread();

    /// <summary>The next <paramref name="count"/> bytes, in the buffer, which it grows to hold them if it must.</summary>
    private ReadOnlySpan<byte> Take(int count)
    {
        if (_end - _position < count && !Fill(count))
        {
            throw new EndOfStreamException($"the file ends before the {count} bytes it should have next");
        }

        var taken = _buffer.AsSpan(_position, count);
        _position += count;
        return taken;
    }

    /// <summary>Moves what is left to the buffer's start and reads on until it holds <paramref name="count"/> bytes; false at the end of the file.</summary>
    private bool Fill(int count)
    {
        var left = _end - _position;
        if (_input.CanSeek && count - left > _length - _input.Position)
        {
            // A damaged length: no buffer is made for more than the file has.
            return false;
        }

        if (count > _buffer.Length)
        {
            var larger = new byte[Math.Max(count, _buffer.Length * 2)];
            _buffer.AsSpan(_position, left).CopyTo(larger);
            _buffer = larger;
        }
        else
        {
            _buffer.AsSpan(_position, left).CopyTo(_buffer);
        }

        (_position, _end) = (0, left);
        while (_end < count)
        {
            var read = _input.Read(_buffer, _end, _buffer.Length - _end);
            if (read == 0)
            {
                return false;
            }

            _end += read;
        }

        return true;
    }

    private static NotSupportedException Unread() => new("a cache file holds no characters or decimals");
}
