using System.Text;

namespace Broadsheet.Tests.TestSupport;

/// <summary>Compares two folders file by file, byte for byte, and says where the first difference is.</summary>
internal static class FolderComparer
{
    /// <summary>
    /// Null when the folders hold the same files with the same bytes; else a description of the first difference.
    /// Files under <paramref name="skippedFolder"/> (a '/'-separated path, e.g. <c>assets</c>) are left out on both sides.
    /// </summary>
    public static string? FirstDifference(string expected, string actual, string? skippedFolder = null)
    {
        var expectedFiles = Files(expected).Where(f => !IsUnder(f, skippedFolder)).ToList();
        var actualFiles = Files(actual).Where(f => !IsUnder(f, skippedFolder)).ToList();
        var missing = expectedFiles.Except(actualFiles, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            return $"missing from the output: {string.Join(", ", missing)}";
        }

        var extra = actualFiles.Except(expectedFiles, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (extra.Count > 0)
        {
            return $"not expected in the output: {string.Join(", ", extra)}";
        }

        foreach (var file in expectedFiles.Order(StringComparer.Ordinal))
        {
            var a = File.ReadAllBytes(Path.Combine(expected, file));
            var b = File.ReadAllBytes(Path.Combine(actual, file));
            if (!a.AsSpan().SequenceEqual(b))
            {
                return $"{file}: {FirstDifferingLine(a, b)}";
            }
        }

        return null;
    }

    public static List<string> Files(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
                .ToList()
            : [];

    private static bool IsUnder(string file, string? folder) =>
        folder is not null && file.StartsWith(folder + "/", StringComparison.Ordinal);

    private static string FirstDifferingLine(byte[] expected, byte[] actual)
    {
        var a = Encoding.UTF8.GetString(expected).Split('\n');
        var b = Encoding.UTF8.GetString(actual).Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var left = i < a.Length ? a[i] : "<end of file>";
            var right = i < b.Length ? b[i] : "<end of file>";
            if (left != right)
            {
                return $"line {i + 1} differs\n  expected: {left}\n  actual:   {right}";
            }
        }

        return "the bytes differ (line endings or encoding)";
    }
}
