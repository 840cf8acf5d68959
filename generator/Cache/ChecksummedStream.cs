using System.IO.Hashing;

namespace Broadsheet.Cache;

/// <summary>
/// Writes through to a file and hashes what passes (XxHash64), so a cache file of tens of megabytes is streamed to disk
/// rather than put together in memory first; <see cref="WriteChecksum"/> ends it with the hash of all written before.
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

    /// <summary>Appends the hash of everything written so far, unhashed itself.</summary>
    public void WriteChecksum() => inner.Write(BitConverter.GetBytes(_hash.GetCurrentHashAsUInt64()));

    public override void Flush() => inner.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
