using System.Reflection;
using Broadsheet.Common;
using Broadsheet.Diagnostics;

namespace Broadsheet.Render;

/// <summary>Reads a theme from a folder, or the default theme shipped inside the tool.</summary>
public static class ThemeLoader
{
    private const string EmbeddedPrefix = "theme/";

    /// <summary>
    /// The theme of a build: the folder given with --templates, else the source's own <c>templates/</c>, each laid over the
    /// default theme file by file (a site can change one template and keep the rest); else the default theme.
    /// </summary>
    /// <returns>The theme's files, and how messages name its folder.</returns>
    public static (IReadOnlyList<ThemeFile> Files, string Name) ForBuild(string? templatesOption, string sourceFolder, DiagnosticBag diagnostics)
    {
        var folder = templatesOption ?? Path.Combine(sourceFolder, "templates");
        if (!Directory.Exists(folder))
        {
            if (templatesOption is not null)
            {
                diagnostics.Error(SourceLocation.Option("--templates"), $"the templates folder {folder} does not exist");
            }

            return (Default(), "templates");
        }

        return (Overlay(Default(), FromFolder(folder)), DisplayPath.Of(Path.GetFullPath(folder)));
    }

    public static IReadOnlyList<ThemeFile> FromFolder(string folder)
    {
        var root = System.IO.Path.GetFullPath(folder);
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => (Full: f, Relative: System.IO.Path.GetRelativePath(root, f).Replace('\\', '/')))
            .Where(f => !f.Relative.Split('/').Any(part => Load.ContentLoader.IsIgnored(part)))
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
