using Broadsheet.Diagnostics;

namespace Broadsheet.Check;

/// <summary>The check of a site already on disk (<c>broadsheet check</c>): every page of the folder read and noted.</summary>
public sealed class FolderChecker(DiagnosticBag diagnostics)
{
    /// <summary>Checks the site in <paramref name="folder"/>; <paramref name="displayFolder"/> is how messages name it.</summary>
    /// <param name="rootPath">See <see cref="LinkChecker"/>.</param>
    /// <param name="origins">See <see cref="LinkChecker"/>.</param>
    /// <param name="written">The folder's files (paths with '/'), when the caller wrote them and knows; else the folder is listed.</param>
    /// <param name="mustRead">Which pages to read (the 404 page always is); null for all.</param>
    public CheckReport Check(
        string folder,
        string displayFolder,
        string? rootPath = null,
        IReadOnlyDictionary<(string Page, string Url), SourceLocation>? origins = null,
        Func<string, bool>? mustRead = null,
        IEnumerable<string>? written = null)
    {
        var root = Path.GetFullPath(folder);
        var files = (written ?? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')))
            .Where(LinkChecker.IsOfSite)
            .ToHashSet(StringComparer.Ordinal);
        var notes = new PageNotes(files, displayFolder, rootPath, origins, diagnostics);
        string Read(string page) => File.ReadAllText(Path.Combine(root, page));
        var pages = files
            .Where(f => PageNotes.IsPage(f) && (mustRead is null || f == LinkChecker.NotFoundPage || mustRead(f)))
            .Order(StringComparer.Ordinal)
            .ToList();
        Parallel.ForEach(pages, page => notes.Note(page, Read(page)));

        // A page not read (an incremental build's unchanged page) is read for its ids when a link needs them.
        return notes.Finish(files, mustRead is null ? null : Read);
    }
}
