using Broadsheet.Common;
using Broadsheet.Diagnostics;

namespace Broadsheet.Load;

/// <summary>Reads a source folder: site.yml, issues, topics, authors, promotions, articles, the paper's own pages and static files.</summary>
public sealed class ContentLoader
{
    /// <summary>No article is this long; a file this size is a mistake (a PDF renamed, a dump pasted in).</summary>
    public const long MaxFileBytes = 4 * 1024 * 1024;

    private readonly DiagnosticBag _diagnostics;
    private readonly string _workingFolder = Environment.CurrentDirectory;

    public ContentLoader(DiagnosticBag diagnostics) => _diagnostics = diagnostics;

    /// <param name="cache">The content files' parses from earlier builds, and where this build leaves its own; null to read every file.</param>
    public SourceSet Load(string sourceFolder, SourceCache? cache = null) => Load(SourceListing.Of(sourceFolder), cache);

    /// <param name="listing">The source folder as listed at the start of the build.</param>
    /// <param name="cache">The content files' parses from earlier builds, and where this build leaves its own; null to read every file.</param>
    public SourceSet Load(SourceListing listing, SourceCache? cache = null)
    {
        var root = listing.Root;
        if (!listing.Exists)
        {
            _diagnostics.Error(
                new SourceLocation(DisplayPath.Of(root), 0, 0),
                "the source folder does not exist; pass --source with the folder that holds site.yml, or make a new archive with 'broadsheet new site DIR'");
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

        UnreadFiles.Report(listing, _workingFolder, _diagnostics);
        return new SourceSet(
            site,
            LoadFolder(listing, "issues", cache),
            LoadFolder(listing, "topics", cache),
            LoadFolder(listing, "authors", cache),
            LoadFiles(listing, List(listing, "articles", recursive: true), cache),
            ListStatic(listing))
        {
            Promos = LoadFolder(listing, "promos", cache),
            PaperPages = LoadFolder(listing, "pages", cache),
        };
    }

    /// <summary>The Markdown files directly in a folder (issues/, topics/, authors/, promos/ or pages/), each parsed or taken from the cache.</summary>
    private List<ParsedSource> LoadFolder(SourceListing listing, string folder, SourceCache? cache) => LoadFiles(listing, List(listing, folder, recursive: false), cache);

    private List<ParsedSource> LoadFiles(SourceListing listing, List<ListedEntry> files, SourceCache? cache)
    {
        var loaded = ParallelMap.Ordered(files.Where(f => f.FullPath.EndsWith(".md", StringComparison.Ordinal)).ToList(), f => LoadFile(listing.Root, f, cache));
        var sources = new List<ParsedSource>(loaded.Length);
        foreach (var (source, toKeep) in loaded)
        {
            if (source is null)
            {
                continue;
            }

            // Kept from one thread: from all of them, waiting on the table's locks took longer than the loading.
            if (toKeep is not null)
            {
                cache!.Keep(source.SitePath, toKeep);
            }

            sources.Add(source);
        }

        return sources;
    }

    /// <summary>
    /// A content file from the cache when its file has the stamp the cache recorded; else read and parsed. With it, the
    /// cache entry to keep for the next build, if any.
    /// </summary>
    private (ParsedSource? Source, SourceCacheEntry? ToKeep) LoadFile(string root, ListedEntry file, SourceCache? cache)
    {
        var sitePath = SitePathOf(root, file.FullPath);

        // A link is always read: its listed stamp may be its own, not its target's.
        var cached = cache is not null && !file.IsLink;
        if (cached && cache!.Find(sitePath, file.Stamp) is { } entry)
        {
            var display = DisplayPath.Of(file.FullPath, _workingFolder);
            return (ParsedSource.Kept(display, sitePath, entry, BodyReader.For(file.FullPath, display)), entry);
        }

        if (Read(root, file.FullPath, file.KnownSize) is not { } source)
        {
            return (null, null);
        }

        // The stamp was taken before the file was read: if it changed in between, the next build sees another stamp.
        var parsed = ParsedSource.Parse(source);
        return cached && parsed is { FrontMatter: { } frontMatter, Problems.Count: 0 }
            ? (parsed, new SourceCacheEntry(file.Stamp, frontMatter, parsed.Body))
            : (parsed, null);
    }

    private List<StaticFile> ListStatic(SourceListing listing)
    {
        var folder = Path.Combine(listing.Root, "static");
        return List(listing, "static", recursive: true)
            .Select(f => new StaticFile(SitePathOf(folder, f.FullPath), f.FullPath))
            .ToList();
    }

    /// <param name="knownSize">The file's size when it was listed; null to look.</param>
    private SourceFile? Read(string root, string fullPath, long? knownSize)
    {
        var display = DisplayPath.Of(fullPath, _workingFolder);
        bool decoded;
        string text;
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

            decoded = SourceText.TryRead(fullPath, display, _diagnostics, out text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _diagnostics.Error(SourceLocation.File(display), $"cannot read the file: {e.Message}");
            return null;
        }

        return decoded
            ? new SourceFile(display, SitePathOf(root, fullPath), text) { FullPath = fullPath }
            : null;
    }

    /// <summary>
    /// The files in a folder of the source (or under it), sorted ordinally by their path. A folder that is a link, or
    /// that cannot be read, is an error.
    /// </summary>
    private List<ListedEntry> List(SourceListing listing, string name, bool recursive)
    {
        var folder = Path.Combine(listing.Root, name);
        var found = new List<ListedEntry>();
        foreach (var entry in listing.Under(folder, recursive))
        {
            switch (entry.Kind)
            {
                case EntryKind.File:
                case EntryKind.LinkedFile when StaysInside(listing.Root, new FileInfo(entry.FullPath)):
                    found.Add(entry);
                    break;
                case EntryKind.LinkedFolder when recursive:
                    // A linked folder is refused even when it points inside: following it could loop forever.
                    _diagnostics.Error(
                        SourceLocation.File(DisplayPath.Of(entry.FullPath)),
                        "this folder is a symbolic link; links to folders are not followed: move the files here instead");
                    break;
                case EntryKind.UnreadableFolder when recursive:
                    UnreadableFolder(entry.FullPath);
                    break;
            }
        }

        if (listing.Find(folder) is { Kind: EntryKind.UnreadableFolder })
        {
            UnreadableFolder(folder);
        }

        return found;
    }

    private void UnreadableFolder(string folder) =>
        _diagnostics.Error(SourceLocation.File(DisplayPath.Of(folder)), "this folder cannot be read; give the user who builds the site permission to read it");

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
    internal static bool IsIgnored(ReadOnlySpan<char> name) =>
        name.StartsWith('.')
        || name.EndsWith('~')
        || (name.StartsWith('#') && name.EndsWith('#'))
        || name.EndsWith(".swp", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".bak", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase);

    private static string SitePathOf(string root, string fullPath) =>
        Path.GetRelativePath(root, fullPath).Replace('\\', '/');
}
