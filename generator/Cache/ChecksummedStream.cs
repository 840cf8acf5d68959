using System.Buffers;
using System.IO.Hashing;

namespace Broadsheet.Cache;

/// <summary>
/// Writes through to a file and hashes what passes (XxHash64), so a cache file of tens of megabytes is streamed to disk
/// rather than put together in memory first; <see cref="WriteChecksum"/> ends it with the hash of all written before,
/// which <see cref="Verify"/> checks.
/// </summary>
internal sealed class ChecksummedStream(Stream inner) : Stream
{
    private readonly XxHash64 _hash = new();

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _hash.Append(buffer);
        inner.Write(buffer);
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void WriteByte(byte value) => Write([value]);

    /// <summary>Whether <paramref name="file"/>, read from the start, ends with the hash of all before it (<see cref="WriteChecksum"/>).</summary>
    public static bool Verify(Stream file)
    {
        var left = file.Length - sizeof(ulong);
        if (left < 0)
        {
            return false;
        }

        var hash = new XxHash64();
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            while (left > 0)
            {
                var read = file.Read(buffer, 0, (int)Math.Min(buffer.Length, left));
                if (read == 0)
                {
                    return false;
                }

                hash.Append(buffer.AsSpan(0, read));
                left -= read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        Span<byte> stored = stackalloc byte[sizeof(ulong)];
        file.ReadExactly(stored);
        return hash.GetCurrentHashAsUInt64() == BitConverter.ToUInt64(stored);
    }

    /// <summary>Appends the hash of everything written so far, unhashed itself.</summary>
    public void WriteChecksum() => inner.Write(BitConverter.GetBytes(_hash.GetCurrentHashAsUInt64()));

    public override void Flush() => inner.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
