using Broadsheet.Check;
using Broadsheet.Diagnostics;
using Broadsheet.Tests.TestSupport;
using Xunit;

namespace Broadsheet.Tests.Check;

/// <summary>
/// Pages noted from their HTML in memory, as a build renders them, are checked as <c>broadsheet check</c> checks
/// the same pages on disk, and nothing is read back.
/// </summary>
public sealed class PageNotesTests : IDisposable
{
    private const string Root = "/archive/";

    private static readonly Dictionary<(string Page, string Url), SourceLocation> Origins = new()
    {
        [("articles/2014/10/a.html", "pics/gone.png")] = new SourceLocation("site-content/articles/2014/10/a.md", 9, 1),
    };

    private readonly TempFolder _site = new();

    public PageNotesTests()
    {
        _site.Write("index.html", Page(
            "",
            "<h1 id=\"top\">Home</h1>",
            "<a href=\"articles/2014/10/a.html\">A</a> <a href=\"articles/2014/10/a.html#notes\">A's notes</a>",
            "<a href=\"articles/2014/10/a.html#nothes\">A's misspelt notes</a> <a href=\"#bottom\">Down</a>",
            "<a href=\"gone.html\">Gone</a> <a href=\"../elsewhere.html\">Out</a> <a href=\"articles/\">Folder</a>",
            "<img src=\"/images/pic.png\" alt=\"x\"> <img src=\"images/pic.png\">",
            "<img src=\"images/pic.png\" srcset=\"images/pic.png 1x, images/pic3x.png 3x\" alt=\"\">",
            "<form action=\"search.html\"></form> <form action=\"find.html\"></form>",
            "<link rel=\"canonical\" href=\"nowhere/\"> <a href=\"https://example.org/x/\">Out</a>",
            "<h2 id=\"top\">Again</h2> <a href=\"search/index.js\">Index</a> <a href=\"search/gone.js\">Not an index</a>"));
        _site.Write("articles/2014/10/a.html", Page(
            "../../../",
            "<h2 id=\"notes\">Notes</h2> <a href=\"../../../index.html#top\">Home</a> <a href=\"../../../404.html#main\">Lost</a>",
            "<img src=\"pics/gone.png\" alt=\"Gone\">"));
        _site.Write("search.html", Page("", "<p id=\"results\">Search</p>"));
        _site.Write("404.html", Page(
            "/archive/",
            "<main id=\"main\"><a href=\"/archive/index.html\">Home</a> <a href=\"/archive/gone.html\">Gone</a>",
            "<a href=\"/archive/search.html#results\">Search</a> <a href=\"/archive/search.html#nothing\">Nothing</a></main>"));
        _site.Write("assets/style.css", "body {}");
        _site.WriteBytes("images/pic.png", [1]);
        _site.Write("search/index.js", "var index;");
    }

    public void Dispose() => _site.Dispose();

    /// <summary>A page whose body starts on line 3; <paramref name="root"/> leads from it to the site's root.</summary>
    private static string Page(string root, params string[] body) =>
        $"<!DOCTYPE html>\n<html><head><title>x</title><link rel=\"stylesheet\" href=\"{root}assets/style.css\"></head><body>\n{string.Join('\n', body)}\n</body></html>\n";

    private HashSet<string> Files => FolderComparer.Files(_site.Path).ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void Pages_noted_from_memory_give_the_problems_the_folder_check_finds_on_disk()
    {
        var onDisk = new DiagnosticBag();
        var folderReport = new FolderChecker(onDisk).Check(_site.Path, "output", Root, Origins);

        // The search index is named only at the end, so a link to it waits; one page is noted before the one it links to.
        var known = Files.Where(f => !f.StartsWith("search/", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        var notes = new PageNotes(known, "output", Root, Origins);
        var pages = Files.Where(PageNotes.IsPage).Order(StringComparer.Ordinal).ToList();
        Parallel.ForEach(pages, p => notes.Note(p, File.ReadAllText(_site.Combine(p))));
        var notedReport = notes.Finish(Files);

        Assert.Equal(onDisk.Printed(), notes.Diagnostics.Printed());
        Assert.Equal((folderReport.Pages, folderReport.Links), (notedReport.Pages, notedReport.Links));
        Assert.Equal(
            [
                "output/404.html:3:56: error: broken link 'gone.html': there is no file gone.html",
                "output/404.html:4:51: error: broken link '/archive/search.html#nothing': search.html has no element with id 'nothing'",
                "output/index.html:5:1: error: broken link 'articles/2014/10/a.html#nothes': articles/2014/10/a.html has no element with id 'nothes'",
                "output/index.html:5:65: error: broken link '#bottom': index.html has no element with id 'bottom'",
                "output/index.html:6:1: error: broken link 'gone.html': there is no file gone.html",
                "output/index.html:6:30: error: broken link '../elsewhere.html': there is no file outside the site",
                "output/index.html:6:66: error: the link 'articles/' names a folder, which breaks when the site is opened from disk; link to its index.html",
                "output/index.html:7:1: error: the link '/images/pic.png' starts at the server root, which breaks when the site is opened from disk; make it relative",
                "output/index.html:7:37: error: the image 'images/pic.png' has no alt text",
                "output/index.html:8:1: error: broken link 'images/pic3x.png': there is no file images/pic3x.png; images live under static/: put the file in static/ (static/images/x.jpg) and write /images/x.jpg, or the path from the article's file to it",
                "output/index.html:9:36: error: broken link 'find.html': there is no file find.html",
                "output/index.html:11:1: error: the id 'top' is used twice on this page; links to '#top' cannot tell which is meant",
                "output/index.html:11:61: error: broken link 'search/gone.js': there is no file search/gone.js",
                "site-content/articles/2014/10/a.md:9:1: error: broken link 'pics/gone.png': there is no file articles/2014/10/pics/gone.png; images live under static/: put the file in static/ (static/images/x.jpg) and write /images/x.jpg, or the path from the article's file to it (on articles/2014/10/a.html)",
            ],
            notes.Diagnostics.Printed());
    }

    [Fact]
    public void Pages_noted_are_checked_without_reading_any_file()
    {
        var files = Files;
        var notes = new PageNotes(files, "output", Root, Origins);
        foreach (var page in files.Where(PageNotes.IsPage))
        {
            notes.Note(page, File.ReadAllText(_site.Combine(page)));
        }

        Directory.Delete(_site.Path, recursive: true);
        notes.Finish(files, page => throw new InvalidOperationException($"{page} was read back"));

        Assert.Equal(14, notes.Diagnostics.Printed().Count);
    }

    [Fact]
    public void A_fragment_on_a_page_not_noted_is_checked_against_the_ids_read_from_it()
    {
        var notes = new PageNotes(Files, "output", Root);
        notes.Note("index.html", Page("", "<a href=\"articles/2014/10/a.html#notes\">Notes</a> <a href=\"articles/2014/10/a.html#nothes\">x</a>"));
        var read = new List<string>();

        notes.Finish(Files, page =>
        {
            read.Add(page);
            return File.ReadAllText(_site.Combine(page));
        });

        Assert.Equal(["articles/2014/10/a.html"], read);
        Assert.Equal(
            ["output/index.html:3:51: error: broken link 'articles/2014/10/a.html#nothes': articles/2014/10/a.html has no element with id 'nothes'"],
            notes.Diagnostics.Printed());
    }

    [Fact]
    public void A_file_said_to_be_known_but_missing_at_the_end_is_a_bug_not_a_pass()
    {
        var notes = new PageNotes(new HashSet<string>(StringComparer.Ordinal) { "index.html", "promised.html" }, "output");
        notes.Note("index.html", Page("", "<a href=\"promised.html\">x</a>"));

        Assert.Throws<InvalidOperationException>(() => notes.Finish(new HashSet<string>(StringComparer.Ordinal) { "index.html" }));
    }

    [Fact]
    public void Only_html_pages_of_the_site_are_noted()
    {
        var notes = new PageNotes(Files, "output");
        notes.Note("feed.xml", "<a href=\"/gone/\">x</a>");
        notes.Note(".git/page.html", "<a href=\"/gone/\">x</a>");

        var report = notes.Finish(Files);

        Assert.Empty(notes.Diagnostics.Sorted());
        Assert.Equal(0, report.Pages);
    }
}
