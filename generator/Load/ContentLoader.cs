using Broadsheet.Diagnostics;

namespace Broadsheet.Load;

/// <summary>Reads a source folder: site.yml, issues, topics, authors, articles and static files.</summary>
public sealed class ContentLoader
{
    /// <summary>No article is this long; a file this size is a mistake (a PDF renamed, a dump pasted in).</summary>
    public const long MaxFileBytes = 4 * 1024 * 1024;

    private readonly DiagnosticBag _diagnostics;
    private readonly string _workingFolder = Environment.CurrentDirectory;

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
        var files = List(root, Path.Combine(root, folder), recursive)
            .Where(f => f.EndsWith(".md", StringComparison.Ordinal))
            .ToList();
        return ParallelMap.Ordered(files, f => Read(root, f)).OfType<SourceFile>().ToList();
    }

    private List<StaticFile> ListStatic(string root)
    {
        var folder = Path.Combine(root, "static");
        return List(root, folder, recursive: true)
            .Select(f => new StaticFile(SitePathOf(folder, f), f))
            .ToList();
    }

    private SourceFile? Read(string root, string fullPath)
    {
        var display = DisplayPath.Of(fullPath, _workingFolder);
        byte[] bytes;
        try
        {
            var length = new FileInfo(fullPath).Length;
            if (length > MaxFileBytes)
            {
                _diagnostics.Error(
                    SourceLocation.File(display),
                    $"the file is {length / 1024 / 1024} MB; content files are limited to {MaxFileBytes / 1024 / 1024} MB (is it the right file?)");
                return null;
            }

            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _diagnostics.Error(SourceLocation.File(display), $"cannot read the file: {e.Message}");
            return null;
        }

        return SourceText.TryDecode(bytes, display, _diagnostics, out var text)
            ? new SourceFile(display, SitePathOf(root, fullPath), text) { FullPath = fullPath }
            : null;
    }

    /// <summary>Files under a folder, sorted ordinally by their path, skipping dotfiles and editor backups.</summary>
    private List<string> List(string root, string folder, bool recursive)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var found = new List<string>();
        Walk(root, folder, recursive, found);
        found.Sort((a, b) => string.CompareOrdinal(SitePathOf(folder, a), SitePathOf(folder, b)));
        return found;
    }

    private void Walk(string root, string folder, bool recursive, List<string> found)
    {
        foreach (var file in Directory.EnumerateFiles(folder).Where(f => !IsIgnored(Path.GetFileName(f))))
        {
            if (StaysInside(root, new FileInfo(file)))
            {
                found.Add(file);
            }
        }

        if (!recursive)
        {
            return;
        }

        foreach (var sub in Directory.EnumerateDirectories(folder).Where(d => !IsIgnored(Path.GetFileName(d))))
        {
            // A linked folder is refused even when it points inside: following it could loop forever.
            var info = new DirectoryInfo(sub);
            if (info.LinkTarget is not null)
            {
                _diagnostics.Error(
                    SourceLocation.File(DisplayPath.Of(sub)),
                    "this folder is a symbolic link; links to folders are not followed: move the files here instead");
                continue;
            }

            Walk(root, sub, recursive, found);
        }
    }

    /// <summary>A symbolic link to a file is followed only when it stays inside the source folder.</summary>
    private bool StaysInside(string root, FileInfo file)
    {
        if (file.LinkTarget is null)
        {
            return true;
        }

        var target = file.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
        if (target is not null && target.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(target))
        {
            return true;
        }

        _diagnostics.Error(
            SourceLocation.File(DisplayPath.Of(file.FullName)),
            $"this symbolic link leads to {target ?? "nowhere"}, outside the source folder; copy the file in instead");
        return false;
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
