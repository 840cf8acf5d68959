using Broadsheet.Diagnostics;

namespace Broadsheet.Check;

/// <summary>The check of a site already on disk (<c>broadsheet check</c>): every page of the folder read and noted.</summary>
public sealed class FolderChecker(DiagnosticBag diagnostics)
{
    /// <summary>Checks the site in <paramref name="folder"/>; <paramref name="displayFolder"/> is how messages name it.</summary>
    /// <param name="rootPath">See <see cref="LinkChecker"/>.</param>
    /// <param name="origins">See <see cref="LinkChecker"/>.</param>
    public CheckReport Check(
        string folder,
        string displayFolder,
        string? rootPath = null,
        IReadOnlyDictionary<(string Page, string Url), SourceLocation>? origins = null)
    {
        var root = Path.GetFullPath(folder);
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(LinkChecker.IsOfSite)
            .ToHashSet(StringComparer.Ordinal);
        var notes = new PageNotes(files, displayFolder, rootPath, origins, diagnostics);
        var pages = files.Where(PageNotes.IsPage).Order(StringComparer.Ordinal).ToList();
        Parallel.ForEach(pages, page => notes.Note(page, File.ReadAllText(Path.Combine(root, page))));
        return notes.Finish(files);
    }
}
