using System.Reflection;
using Broadsheet.Common;

namespace Broadsheet.Render;

/// <summary>Reads a theme from a folder, or the default theme shipped inside the tool.</summary>
public static class ThemeLoader
{
    private const string EmbeddedPrefix = "theme/";

    public static IReadOnlyList<ThemeFile> FromFolder(string folder)
    {
        var root = System.IO.Path.GetFullPath(folder);
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => (Full: f, Relative: System.IO.Path.GetRelativePath(root, f).Replace('\\', '/')))
            .Where(f => !f.Relative.Split('/').Any(Load.ContentLoader.IsIgnored))
            .OrderBy(f => f.Relative, StringComparer.Ordinal)
            .Select(f => new ThemeFile(f.Relative, Common.DisplayPath.Of(f.Full), File.ReadAllBytes(f.Full)))
            .ToList();
    }

    /// <summary>The files of <paramref name="theme"/>, plus those of <paramref name="fallback"/> that it does not replace.</summary>
    public static IReadOnlyList<ThemeFile> Overlay(IReadOnlyList<ThemeFile> fallback, IReadOnlyList<ThemeFile> theme)
    {
        var own = theme.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        return fallback
            .Where(f => !own.Contains(f.Path))
            .Concat(theme)
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The repository's <c>templates/</c>, embedded at compile time so an installed tool needs no files beside it.</summary>
    public static IReadOnlyList<ThemeFile> Default()
    {
        var assembly = typeof(ThemeLoader).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(EmbeddedPrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => new ThemeFile(n[EmbeddedPrefix.Length..], "templates/" + n[EmbeddedPrefix.Length..], Read(assembly, n)))
            .ToList();
    }

    private static byte[] Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
