using Broadsheet.Common;

namespace Broadsheet.Tests.Common;

public sealed class PiecedStreamTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(64 * 1024)]
    [InlineData((3 * 64 * 1024) + 17)]
    public void What_is_written_in_writes_of_any_size_is_copied_out_whole_and_in_order(int length)
    {
        var bytes = Enumerable.Range(0, length).Select(i => (byte)(i * 7)).ToArray();
        var stream = new PiecedStream();
        for (var (at, size) = (0, 1); at < length; at += size, size = (size * 3) + 1)
        {
            stream.Write(bytes, at, Math.Min(size, length - at));
        }

        var copy = new MemoryStream();
        stream.WriteTo(copy);

        Assert.Equal(length, stream.Length);
        Assert.Equal(bytes, copy.ToArray());
    }
}
