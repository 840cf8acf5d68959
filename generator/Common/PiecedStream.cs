namespace Broadsheet.Common;

/// <summary>
/// A stream written into memory in pieces of 64 kB, then copied out whole (<see cref="WriteTo"/>): a memory stream of
/// megabytes doubles its buffer into the large-object heap, whose allocations set off full collections.
/// </summary>
public sealed class PiecedStream : Stream
{
    private const int PieceSize = 64 * 1024;

    private readonly List<byte[]> _pieces = [];
    private int _usedInLast = PieceSize;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => ((long)_pieces.Count * PieceSize) - (PieceSize - _usedInLast);

    public override long Position
    {
        get => Length;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (buffer.Length > 0)
        {
            if (_usedInLast == PieceSize)
            {
                _pieces.Add(new byte[PieceSize]);
                _usedInLast = 0;
            }

            var count = Math.Min(buffer.Length, PieceSize - _usedInLast);
            buffer[..count].CopyTo(_pieces[^1].AsSpan(_usedInLast));
            _usedInLast += count;
            buffer = buffer[count..];
        }
    }

    public override void WriteByte(byte value) => Write([value]);

    /// <summary>Copies everything written to <paramref name="destination"/>.</summary>
    public void WriteTo(Stream destination)
    {
        for (var i = 0; i < _pieces.Count; i++)
        {
            destination.Write(_pieces[i], 0, i == _pieces.Count - 1 ? _usedInLast : PieceSize);
        }
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
