using Broadsheet.Diagnostics;

namespace Broadsheet.Check;

/// <summary>
/// What the check notes of each page as it is given, rendered or read, from any thread: one tokenizer pass over its HTML
/// (<see cref="PageParser"/>), its links checked at once (<see cref="LinkChecker"/>), and only its ids kept.
/// </summary>
public sealed class PageNotes
{
    private readonly string _displayFolder;
    private readonly PageParser _parser;
    private readonly LinkChecker _checker;

    /// <param name="known">Files of the site known before the pages are given (paths with '/'): a link to one is found at once.</param>
    /// <param name="displayFolder">How messages name the site's folder.</param>
    /// <param name="rootPath">See <see cref="LinkChecker"/>.</param>
    /// <param name="origins">See <see cref="LinkChecker"/>.</param>
    /// <param name="diagnostics">Where problems go; null for a bag of the notes' own (<see cref="Diagnostics"/>).</param>
    /// <param name="contentLinksWarn">See <see cref="LinkChecker"/>.</param>
    public PageNotes(
        IReadOnlySet<string> known,
        string displayFolder,
        string? rootPath = null,
        IReadOnlyDictionary<(string Page, string Url), SourceLocation>? origins = null,
        DiagnosticBag? diagnostics = null,
        bool contentLinksWarn = false,
        Func<string, SourceLocation?>? themeLocation = null,
        Func<string, SourceLocation?>? menuLocation = null)
    {
        _displayFolder = displayFolder;
        Diagnostics = diagnostics ?? new DiagnosticBag();
        _parser = new PageParser(Diagnostics);
        _checker = new LinkChecker(Diagnostics, known, rootPath, origins, contentLinksWarn, themeLocation, menuLocation);
    }

    /// <summary>The problems found so far.</summary>
    public DiagnosticBag Diagnostics { get; }

    /// <summary>The ids of every page noted so far, by output path.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> Ids => _checker.Ids;

    /// <summary>Notes a page from its HTML; a file that is not a page of the site (not .html, or in a dot folder) is left alone.</summary>
    public void Note(string outputPath, string html) => Note(outputPath, html.AsMemory());

    /// <param name="html">The page's HTML, read only while this runs.</param>
    public void Note(string outputPath, ReadOnlyMemory<char> html)
    {
        if (IsPage(outputPath))
        {
            _checker.Check(_parser.Parse(outputPath, DisplayPathOf(outputPath), html));
        }
    }

    /// <summary>Checks the links that waited for every page (see <see cref="LinkChecker.Finish"/>).</summary>
    /// <param name="files">Every file of the site.</param>
    /// <param name="read">The HTML of a page not noted, whose ids a #fragment needs; null to leave such links unchecked.</param>
    public CheckReport Finish(IReadOnlySet<string> files, Func<string, string>? read = null) =>
        _checker.Finish(files, page => read is null ? null : _parser.Parse(page, DisplayPathOf(page), read(page)).Ids);

    /// <summary>Whether a file is one the check reads: an HTML page of the site.</summary>
    public static bool IsPage(string path) => path.EndsWith(".html", StringComparison.Ordinal) && LinkChecker.IsOfSite(path);

    private string DisplayPathOf(string outputPath) => $"{_displayFolder}/{outputPath}";
}
