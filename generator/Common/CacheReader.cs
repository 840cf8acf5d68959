using System.Text;

namespace Broadsheet.Common;

/// <summary>
/// Reads what a <see cref="BinaryWriter"/> wrote to a cache file, its strings decoded straight from their bytes. A
/// <see cref="BinaryReader"/> builds a string longer than its 128-byte buffer in a <see cref="StringBuilder"/>, a piece
/// at a time, which for the search index's postings was most of what reading it allocated. A short string met before
/// (a front matter's keys, an author's id) is given as the same string again, not a new copy.
/// </summary>
internal sealed class CacheReader : BinaryReader
{
    /// <summary>Strings up to this many bytes are looked up among those already read.</summary>
    private const int SharedUpTo = 32;

    /// <summary>How many strings are kept to be given again, so that a file of ids all different does not grow the table without end.</summary>
    private const int SharedLimit = 1 << 14;

    private readonly HashSet<string>? _shared;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _sharedLookup;
    private byte[] _bytes = new byte[256];

    /// <param name="share">Whether a short string met before is given again: worth it for a file of many records alike, not for one small entry.</param>
    public CacheReader(Stream input, bool leaveOpen = false, bool share = true)
        : base(input, Encoding.UTF8, leaveOpen)
    {
        if (share)
        {
            _shared = new HashSet<string>(StringComparer.Ordinal);
            _sharedLookup = _shared.GetAlternateLookup<ReadOnlySpan<char>>();
        }
    }

    public override string ReadString()
    {
        var length = Read7BitEncodedInt();
        if (length < 0)
        {
            throw new FormatException($"a string of length {length}");
        }

        if (_bytes.Length < length)
        {
            _bytes = new byte[Math.Max(length, _bytes.Length * 2)];
        }

        BaseStream.ReadExactly(_bytes, 0, length);
        var bytes = _bytes.AsSpan(0, length);
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
}
