using System.Text;

namespace Broadsheet.Search;

/// <summary>
/// Text of ASCII characters built up one piece at a time, a byte a character: half the memory of a
/// <see cref="StringBuilder"/>, for the postings every term of the index holds until the index is written.
/// </summary>
internal sealed class AsciiBuilder(int capacity = 16)
{
    private byte[] _bytes = new byte[Math.Max(capacity, 0)];

    public int Length { get; private set; }

    public void Append(char c)
    {
        if (Length == _bytes.Length)
        {
            Grow(1);
        }

        if (!char.IsAscii(c))
        {
            throw new ArgumentException($"'{c}' is not ASCII", nameof(c));
        }

        _bytes[Length++] = (byte)c;
    }

    public void Append(ReadOnlySpan<char> text)
    {
        if (_bytes.Length - Length < text.Length)
        {
            Grow(text.Length);
        }

        if (Ascii.FromUtf16(text, _bytes.AsSpan(Length), out var written) != System.Buffers.OperationStatus.Done)
        {
            throw new ArgumentException("only ASCII text can be appended", nameof(text));
        }

        Length += written;
    }

    /// <summary>The text's bytes, one a character.</summary>
    public ReadOnlySpan<byte> Bytes => _bytes.AsSpan(0, Length);

    public override string ToString() => Encoding.ASCII.GetString(_bytes, 0, Length);

    // Half as much again, not twice: the room left over at the end is held for as long as the index is built.
    private void Grow(int needed) =>
        Array.Resize(ref _bytes, Math.Max(Length + needed, Math.Max(16, _bytes.Length + (_bytes.Length / 2))));
}
