using System.IO.Enumeration;
using System.Reflection;
using Broadsheet.Load;
using Broadsheet.Render;

namespace Broadsheet.Cache;

/// <summary>The keys that decide how much of a previous build can be reused.</summary>
public static class BuildKeys
{
    /// <summary>This build of Broadsheet and the libraries that shape its output: a new one re-renders every page.</summary>
    public static string Generator() =>
        new Fingerprint()
            .AddAssembly(typeof(BuildKeys).Assembly)
            .AddAssembly(typeof(Markdig.Markdown).Assembly)
            .AddAssembly(typeof(Scriban.Template).Assembly)
            .AddAssembly(typeof(YamlDotNet.Serialization.Deserializer).Assembly)
            .AddAssembly(typeof(AngleSharp.Html.Parser.HtmlParser).Assembly)
            .Hex();

    /// <summary>Every file of the theme: a changed template re-renders every page (and rewrites those that come out different).</summary>
    public static string Theme(IReadOnlyList<ThemeFile> files)
    {
        var fingerprint = new Fingerprint();
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            fingerprint.Add(file.Path).Add(file.Content);
        }

        return fingerprint.Hex();
    }

    /// <summary>
    /// The options and every file under the source folder (and an outside theme folder) by path, size and time of last
    /// change, without reading them: if this is what the last build saw, nothing can have changed.
    /// </summary>
    public static string Inputs(BuildOptions options, string generatorKey)
    {
        var fingerprint = new Fingerprint()
            .Add(generatorKey)
            .Add(Path.GetFullPath(options.Source))
            .Add(options.Templates is null ? null : Path.GetFullPath(options.Templates))
            .Add(options.Drafts ? 1 : 0)
            .Add(options.BaseUrl)
            .Add(options.WarningsAsErrors ? 1 : 0);
        AddFolder(fingerprint, Path.GetFullPath(options.Source));
        if (options.Templates is not null)
        {
            AddFolder(fingerprint, Path.GetFullPath(options.Templates));
        }

        return fingerprint.Hex();
    }

    private static void AddFolder(Fingerprint fingerprint, string root)
    {
        if (!Directory.Exists(root))
        {
            fingerprint.Mark('0');
            return;
        }

        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = true };
        var entries = new FileSystemEnumerable<(string Path, long Size, long Ticks, bool Link)>(
            root,
            (ref FileSystemEntry e) => (e.ToSpecifiedFullPath(), e.IsDirectory ? -1 : e.Length, e.LastWriteTimeUtc.UtcTicks, (e.Attributes & FileAttributes.ReparsePoint) != 0),
            options)
        {
            // What the loader ignores (.git, a cache, editors' backups) is not content; a link is followed by the loader,
            // so its target's time counts too.
            ShouldRecursePredicate = (ref FileSystemEntry e) => !ContentLoader.IsIgnored(e.FileName.ToString()),
            ShouldIncludePredicate = (ref FileSystemEntry e) => !ContentLoader.IsIgnored(e.FileName.ToString()),
        };
        foreach (var (path, size, ticks, link) in entries.OrderBy(e => e.Path, StringComparer.Ordinal))
        {
            fingerprint.Add(path).Add(size).Add(ticks);
            if (link && File.ResolveLinkTarget(path, returnFinalTarget: true) is { } target && target.Exists)
            {
                fingerprint.Add(target.FullName).Add(target.LastWriteTimeUtc.Ticks);
            }
        }
    }

    private static Fingerprint AddAssembly(this Fingerprint fingerprint, Assembly assembly) =>
        fingerprint.Add(assembly.ManifestModule.ModuleVersionId.ToString()).Add(assembly.GetName().Version?.ToString());
}
