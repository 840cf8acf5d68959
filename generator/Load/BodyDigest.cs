using System.Buffers;
using System.IO.Hashing;
using System.Text;

namespace Broadsheet.Load;

/// <summary>
/// What the model keeps of a body it does not hold in memory: where it starts, whether it is empty, and its hash, which
/// tells, when the body is read again to be rendered, whether the file changed since it was loaded.
/// </summary>
/// <param name="FirstLine">The 1-based file line of the body's first line.</param>
/// <param name="Hash">The XXH128 hash of the body's UTF-8 bytes.</param>
public readonly record struct BodyDigest(int FirstLine, BodyHash Hash, bool IsEmpty)
{
    public static BodyDigest Of(string body, int firstLine) => Of(body.AsSpan(), firstLine);

    public static BodyDigest Of(ReadOnlySpan<char> body, int firstLine) => new(firstLine, HashOf(body), body.IsWhiteSpace());

    public static BodyHash HashOf(string text) => HashOf(text.AsSpan());

    public static BodyHash HashOf(ReadOnlySpan<char> text)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            Span<byte> hash = stackalloc byte[16];
            XxHash128.Hash(buffer.AsSpan(0, Encoding.UTF8.GetBytes(text, buffer)), hash);
            return BodyHash.FromBytes(hash);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
