using System.IO.Enumeration;
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

    /// <param name="cache">The articles' parses from earlier builds, and where this build leaves its own; null to read every file.</param>
    public SourceSet Load(string sourceFolder, SourceCache? cache = null)
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
            site = Read(root, siteFile, null);
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
            LoadArticles(root, cache),
            ListStatic(root));
    }

    private List<SourceFile> ReadMarkdown(string root, string folder, bool recursive)
    {
        var files = List(root, Path.Combine(root, folder), recursive)
            .Where(f => f.FullPath.EndsWith(".md", StringComparison.Ordinal))
            .ToList();
        return ParallelMap.Ordered(files, f => Read(root, f.FullPath, f.KnownSize)).OfType<SourceFile>().ToList();
    }

    private List<ArticleSource> LoadArticles(string root, SourceCache? cache)
    {
        var files = List(root, Path.Combine(root, "articles"), recursive: true)
            .Where(f => f.FullPath.EndsWith(".md", StringComparison.Ordinal))
            .ToList();
        return ParallelMap.Ordered(files, f => LoadArticle(root, f, cache)).OfType<ArticleSource>().ToList();
    }

    /// <summary>An article from the cache when its file has the stamp the cache recorded; else read and parsed, and kept for the next build.</summary>
    private ArticleSource? LoadArticle(string root, ListedFile file, SourceCache? cache)
    {
        var sitePath = SitePathOf(root, file.FullPath);

        // A link is always read: its listed stamp may be its own, not its target's.
        var cached = cache is not null && !file.IsLink;
        if (cached && cache!.Find(sitePath, file.Stamp) is { } entry)
        {
            cache.Keep(sitePath, entry);
            var display = DisplayPath.Of(file.FullPath, _workingFolder);
            return new ArticleSource(display, sitePath, entry.FrontMatter, entry.Body, BodyReader.For(file.FullPath, display), []);
        }

        if (Read(root, file.FullPath, file.KnownSize) is not { } source)
        {
            return null;
        }

        // The stamp was taken before the file was read: if it changed in between, the next build sees another stamp.
        var article = ArticleSource.Parse(source);
        if (cached && article is { FrontMatter: { } frontMatter, Problems.Count: 0 })
        {
            cache!.Keep(sitePath, new SourceCacheEntry(file.Stamp, frontMatter, article.Body));
        }

        return article;
    }

    private List<StaticFile> ListStatic(string root)
    {
        var folder = Path.Combine(root, "static");
        return List(root, folder, recursive: true)
            .Select(f => new StaticFile(SitePathOf(folder, f.FullPath), f.FullPath))
            .ToList();
    }

    /// <param name="knownSize">The file's size when it was listed; null to look.</param>
    private SourceFile? Read(string root, string fullPath, long? knownSize)
    {
        var display = DisplayPath.Of(fullPath, _workingFolder);
        byte[] bytes;
        try
        {
            var length = knownSize ?? new FileInfo(fullPath).Length;
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
    private List<ListedFile> List(string root, string folder, bool recursive)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var found = new List<ListedFile>();
        Walk(root, folder, recursive, found);
        return found
            .Select(f => (Key: SitePathOf(folder, f.FullPath), File: f))
            .OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => f.File)
            .ToList();
    }

    private void Walk(string root, string folder, bool recursive, List<ListedFile> found)
    {
        // One look at each file gives its stamp and whether it is a link (its stamp then is its target's).
        var files = new FileSystemEnumerable<ListedFile>(
            folder,
            (ref FileSystemEntry e) => new ListedFile(
                e.ToFullPath(),
                new FileStamp(e.Length, e.LastWriteTimeUtc.UtcTicks),
                (e.Attributes & FileAttributes.ReparsePoint) != 0),
            new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false })
        {
            ShouldIncludePredicate = (ref FileSystemEntry e) => !e.IsDirectory && !IsIgnored(e.FileName.ToString()),
        };
        foreach (var file in files)
        {
            if (!file.IsLink || StaysInside(root, new FileInfo(file.FullPath)))
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

    /// <summary>A file found under a folder: its path, its stamp, and whether it is a symbolic link.</summary>
    private readonly record struct ListedFile(string FullPath, FileStamp Stamp, bool IsLink)
    {
        /// <summary>The file's size, unless it is a link: a link's listed size may be its own, not its target's.</summary>
        public long? KnownSize => IsLink ? null : Stamp.Size;
    }
}
