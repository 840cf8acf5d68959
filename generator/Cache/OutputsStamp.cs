using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Broadsheet.Cache;

/// <summary>
/// One hash of an output's files, each by its path, size and time: the same whatever order they are listed in (each
/// file's hash is added to the others'), so that a listing of the output need not be sorted to be compared with it.
/// </summary>
public static class OutputsStamp
{
    public static string Of(IEnumerable<(string Path, long Size, long Ticks)> files)
    {
        // Two 64-bit halves added with a carry: a 128-bit sum, without the 16-byte type ReadyToRun leaves to the JIT.
        ulong high = 0, low = 0;
        Span<byte> numbers = stackalloc byte[2 * sizeof(long)];
        Span<byte> fileHash = stackalloc byte[2 * sizeof(ulong)];
        var hash = new XxHash128();
        var count = 0L;
        foreach (var (path, size, ticks) in files)
        {
            hash.Append(MemoryMarshal.AsBytes(path.AsSpan()));
            BinaryPrimitives.WriteInt64LittleEndian(numbers, size);
            BinaryPrimitives.WriteInt64LittleEndian(numbers[sizeof(long)..], ticks);
            hash.Append(numbers);
            hash.GetHashAndReset(fileHash);
            var sum = low + BinaryPrimitives.ReadUInt64LittleEndian(fileHash);
            high += BinaryPrimitives.ReadUInt64LittleEndian(fileHash[sizeof(ulong)..]) + (sum < low ? 1UL : 0UL);
            low = sum;
            count++;
        }

        return FormattableString.Invariant($"{count}-{high:x16}{low:x16}");
    }
}
