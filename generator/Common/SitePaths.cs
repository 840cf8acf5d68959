namespace Broadsheet.Common;

/// <summary>Resolves "." and ".." in a "/"-separated path inside the source or output folder.</summary>
public static class SitePaths
{
    /// <summary>The path <paramref name="relative"/> leads to from the folder of <paramref name="fromFile"/>; null if it leaves the source folder.</summary>
    public static string? Resolve(string fromFile, string relative)
    {
        var parts = new List<string>();
        if (!relative.StartsWith('/'))
        {
            parts.AddRange(fromFile.Split('/')[..^1]);
        }

        foreach (var part in relative.Split('/'))
        {
            switch (part)
            {
                case "" or ".":
                    continue;
                case "..":
                    if (parts.Count == 0)
                    {
                        return null;
                    }

                    parts.RemoveAt(parts.Count - 1);
                    break;
                default:
                    parts.Add(part);
                    break;
            }
        }

        return string.Join('/', parts);
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
}
