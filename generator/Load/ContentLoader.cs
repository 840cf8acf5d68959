using Broadsheet.Diagnostics;

namespace Broadsheet.Load;

/// <summary>Reads a source folder: site.yml, issues, topics, authors, articles and static files.</summary>
public sealed class ContentLoader
{
    private readonly DiagnosticBag _diagnostics;

    public ContentLoader(DiagnosticBag diagnostics) => _diagnostics = diagnostics;

    public SourceSet Load(string sourceFolder)
    {
        var root = Path.GetFullPath(sourceFolder);
        if (!Directory.Exists(root))
        {
            _diagnostics.Error(
                SourceLocation.File(DisplayPath.Of(root)),
                "the source folder does not exist; pass --source with the folder that holds site.yml");
            return new SourceSet(null, [], [], [], [], []);
        }

        var siteFile = Path.Combine(root, "site.yml");
        SourceFile? site = null;
        if (File.Exists(siteFile))
        {
            site = Read(root, siteFile);
        }
        else
        {
            _diagnostics.Error(
                SourceLocation.File(DisplayPath.Of(siteFile)),
                "site.yml is missing; create it with the archive's title, language and sections");
        }

        return new SourceSet(
            site,
            ReadMarkdown(root, "issues", recursive: false),
            ReadMarkdown(root, "topics", recursive: false),
            ReadMarkdown(root, "authors", recursive: false),
            ReadMarkdown(root, "articles", recursive: true),
            ListStatic(root));
    }

    private List<SourceFile> ReadMarkdown(string root, string folder, bool recursive)
    {
        var files = List(Path.Combine(root, folder), recursive)
            .Where(f => f.EndsWith(".md", StringComparison.Ordinal))
            .ToList();
        return files
            .AsParallel()
            .AsOrdered()
            .Select(f => Read(root, f))
            .OfType<SourceFile>()
            .ToList();
    }

    private static List<StaticFile> ListStatic(string root)
    {
        var folder = Path.Combine(root, "static");
        return List(folder, recursive: true)
            .Select(f => new StaticFile(SitePathOf(folder, f), f))
            .ToList();
    }

    private SourceFile? Read(string root, string fullPath)
    {
        var display = DisplayPath.Of(fullPath);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _diagnostics.Error(SourceLocation.File(display), $"cannot read the file: {e.Message}");
            return null;
        }

        return SourceText.TryDecode(bytes, display, _diagnostics, out var text)
            ? new SourceFile(display, SitePathOf(root, fullPath), text)
            : null;
    }

    /// <summary>Files under a folder, sorted ordinally by their path, skipping dotfiles and editor backups.</summary>
    private static List<string> List(string folder, bool recursive)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var found = new List<string>();
        Walk(folder, recursive, found);
        found.Sort((a, b) => string.CompareOrdinal(SitePathOf(folder, a), SitePathOf(folder, b)));
        return found;
    }

    private static void Walk(string folder, bool recursive, List<string> found)
    {
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            if (!IsIgnored(Path.GetFileName(file)))
            {
                found.Add(file);
            }
        }

        if (!recursive)
        {
            return;
        }

        foreach (var sub in Directory.EnumerateDirectories(folder))
        {
            if (!IsIgnored(Path.GetFileName(sub)))
            {
                Walk(sub, recursive, found);
            }
        }
    }

    /// <summary>Dotfiles and the backups editors leave behind are never content.</summary>
    internal static bool IsIgnored(string name) =>
        name.StartsWith('.')
        || name.EndsWith('~')
        || (name.StartsWith('#') && name.EndsWith('#'))
        || name.EndsWith(".swp", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".bak", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase);

    private static string SitePathOf(string root, string fullPath) =>
        Path.GetRelativePath(root, fullPath).Replace('\\', '/');
}
