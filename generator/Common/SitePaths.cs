using System.Buffers;

namespace Broadsheet.Common;

/// <summary>Resolves "." and ".." in a "/"-separated path inside the source or output folder.</summary>
public static class SitePaths
{
    /// <summary>The path <paramref name="relative"/> leads to from the folder of <paramref name="fromFile"/>; null if it leaves the source folder.</summary>
    public static string? Resolve(string fromFile, string relative)
    {
        // The result is built in one buffer, its parts joined by '/' as they come; ".." takes the last part off again.
        var capacity = fromFile.Length + relative.Length + 1;
        var rented = capacity <= 256 ? null : ArrayPool<char>.Shared.Rent(capacity);
        Span<char> buffer = rented ?? stackalloc char[256];
        try
        {
            var length = 0;
            var parts = 0;
            if (!relative.StartsWith('/') && fromFile.LastIndexOf('/') is var folderEnd and >= 0)
            {
                // The folder of fromFile, its parts taken as they are.
                fromFile.AsSpan(0, folderEnd).CopyTo(buffer);
                length = folderEnd;
                parts = fromFile.AsSpan(0, folderEnd).Count('/') + 1;
            }

            foreach (var range in relative.AsSpan().Split('/'))
            {
                var part = relative.AsSpan(range);
                if (part is "" or ".")
                {
                    continue;
                }

                if (part is "..")
                {
                    if (parts == 0)
                    {
                        return null;
                    }

                    length = --parts == 0 ? 0 : buffer[..length].LastIndexOf('/');
                    continue;
                }

                if (parts++ > 0)
                {
                    buffer[length++] = '/';
                }

                part.CopyTo(buffer[length..]);
                length += part.Length;
            }

            return new string(buffer[..length]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>The relative path from the folder of <paramref name="fromFile"/> to <paramref name="toFile"/>, as a writer would type it: <c>../10/x.md</c>.</summary>
    public static string Relative(string fromFile, string toFile)
    {
        var from = fromFile.Split('/')[..^1];
        var to = toFile.Split('/');
        var shared = 0;
        while (shared < from.Length && shared < to.Length - 1 && from[shared] == to[shared])
        {
            shared++;
        }

        return string.Concat(Enumerable.Repeat("../", from.Length - shared)) + string.Join('/', to[shared..]);
    }

    /// <summary>Whether a relative path stays inside its folder as it is written: not rooted, and without a ".." part.</summary>
    public static bool StaysInside(string relative)
    {
        if (relative.Length == 0 || Path.IsPathRooted(relative))
        {
            return false;
        }

        foreach (var range in relative.AsSpan().SplitAny('/', Path.DirectorySeparatorChar))
        {
            if (relative.AsSpan(range) is "..")
            {
                return false;
            }
        }

        return true;
    }
}
