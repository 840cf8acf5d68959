using Broadsheet.Check;
using Broadsheet.Diagnostics;
using Broadsheet.Tests.TestSupport;
using Xunit;

namespace Broadsheet.Tests.Check;

public sealed class FolderCheckerTests : IDisposable
{
    private readonly TempFolder _site = new();
    private readonly DiagnosticBag _bag = new();

    public FolderCheckerTests()
    {
        _site.Write("articles/2014/10/a.html", Page("<h1 id=\"notes\">Notes</h1>\n<a href=\"../../../index.html\">Home</a>", "../../../"));
        _site.Write("assets/style.css", "body {}");
        _site.WriteBytes("images/my pic.png", [1]);
        _site.WriteBytes("images/pic2x.png", [2]);
    }

    public void Dispose() => _site.Dispose();

    /// <summary>A page whose body starts on line 3, so the first body line is line 3 of the file.</summary>
    private static string Page(string body, string root = "") =>
        $"<!DOCTYPE html>\n<html><head><title>x</title><link rel=\"stylesheet\" href=\"{root}assets/style.css\"></head><body>\n{body}\n</body></html>\n";

    private CheckReport CheckIndex(string body)
    {
        _site.Write("index.html", Page(body));
        return new FolderChecker(_bag).Check(_site.Path, "output");
    }

    [Fact]
    public void A_correct_site_reports_nothing()
    {
        var report = CheckIndex(string.Join('\n',
            "<h1 id=\"top\">Home</h1>",
            "<a href=\"articles/2014/10/a.html\">A</a> <a href=\"articles/2014/10/a.html#notes\">A's notes</a>",
            "<a href=\"#top\">Top</a> <a href=\"?page=2\">Query</a> <a href=\"https://example.org/x/\">Out</a>",
            "<a href=\"mailto:ed@example.org\">Mail</a> <a href=\"//cdn.example.org/\">CDN</a>",
            "<img src=\"images/my%20pic.png\" alt=\"A picture\">",
            "<img src=\"images/pic2x.png\" srcset=\"images/my%20pic.png 1x, images/pic2x.png 2x\" alt=\"\">",
            "<link rel=\"canonical\" href=\"https://example.org/archive/\">"));

        Assert.Empty(_bag.Sorted());
        Assert.Equal(2, report.Pages);
        // index: stylesheet + 7 links + 1 src + 1 src + 2 srcset; a.html: stylesheet + 1 link.
        Assert.Equal(14, report.Links);
    }

    [Fact]
    public void A_broken_link_is_reported_where_it_is()
    {
        CheckIndex("<p>Intro</p>\n  <a href=\"articles/2014/10/missing.html\">Gone</a>");

        Assert.Equal(
            ["output/index.html:4:3: error: broken link 'articles/2014/10/missing.html': there is no file articles/2014/10/missing.html"],
            _bag.Printed());
    }

    [Fact]
    public void A_link_out_of_the_site_is_broken()
    {
        CheckIndex("<a href=\"../elsewhere.html\">Out</a>");

        Assert.Equal(["output/index.html:3:1: error: broken link '../elsewhere.html': there is no file outside the site"], _bag.Printed());
    }

    [Fact]
    public void A_missing_fragment_is_reported()
    {
        CheckIndex("<a href=\"articles/2014/10/a.html#nothes\">Notes</a>");

        Assert.Equal(
            ["output/index.html:3:1: error: broken link 'articles/2014/10/a.html#nothes': articles/2014/10/a.html has no element with id 'nothes'"],
            _bag.Printed());
    }

    [Fact]
    public void A_missing_fragment_on_the_same_page_is_reported()
    {
        CheckIndex("<h1 id=\"top\">x</h1><a href=\"#bottom\">Down</a>");

        Assert.Contains("index.html has no element with id 'bottom'", Assert.Single(_bag.Sorted()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_ending_in_a_slash_is_reported_because_it_breaks_on_disk()
    {
        CheckIndex("<a href=\"articles/\">Articles</a>");

        Assert.Equal(
            ["output/index.html:3:1: error: the link 'articles/' names a folder, which breaks when the site is opened from disk; link to its index.html"],
            _bag.Printed());
    }

    [Fact]
    public void A_root_absolute_link_is_reported_because_it_breaks_on_disk()
    {
        CheckIndex("<img src=\"/images/pic2x.png\" alt=\"x\">");

        Assert.Equal(
            ["output/index.html:3:1: error: the link '/images/pic2x.png' starts at the server root, which breaks when the site is opened from disk; make it relative"],
            _bag.Printed());
    }

    [Fact]
    public void A_duplicate_id_is_reported_at_its_second_use()
    {
        CheckIndex("<h2 id=\"notes\">One</h2>\n<h2 id=\"notes\">Two</h2>");

        Assert.Equal(
            ["output/index.html:4:1: error: the id 'notes' is used twice on this page; links to '#notes' cannot tell which is meant"],
            _bag.Printed());
    }

    [Fact]
    public void An_image_without_alt_is_reported()
    {
        CheckIndex("<p>x</p>\n<p><img src=\"images/pic2x.png\"></p>");

        Assert.Equal(["output/index.html:4:4: error: the image 'images/pic2x.png' has no alt text"], _bag.Printed());
    }

    [Fact]
    public void A_broken_srcset_entry_is_reported()
    {
        CheckIndex("<img src=\"images/pic2x.png\" srcset=\"images/pic2x.png 1x, images/pic3x.png 3x\" alt=\"x\">");

        Assert.Contains("broken link 'images/pic3x.png'", Assert.Single(_bag.Sorted()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Markup_in_scripts_comments_titles_and_text_areas_is_not_read_and_tags_are_read_in_any_case()
    {
        CheckIndex(string.Join('\n',
            "<script>var s = '<a href=\"nope.html\">';</script><!-- <a href=\"c.html\"> --><textarea><img src=\"u.png\"></textarea>",
            "<A HREF=\"gone.html\">x</A> <IMG SRC=\"images/pic2x.png\" ALT> <a href=\"articles/2014/10/a.html#n&#111;tes\">Notes</a>"));

        Assert.Equal(["output/index.html:4:1: error: broken link 'gone.html': there is no file gone.html"], _bag.Printed());
    }

    [Fact]
    public void Pages_in_dot_folders_are_not_checked()
    {
        _site.Write(".git/hooks/page.html", Page("<a href=\"/nowhere/\">x</a><img src=\"x.png\">"));

        var report = CheckIndex("<p>fine</p>");

        Assert.Empty(_bag.Sorted());
        Assert.Equal(2, report.Pages);
    }

    [Fact]
    public void Every_problem_of_every_page_is_reported_in_order()
    {
        _site.Write("articles/2014/10/b.html", Page("<a href=\"gone.html\">x</a>", "../../../"));

        CheckIndex("<a href=\"gone.html\">x</a>\n<a href=\"/x.html\">y</a>");

        Assert.Equal(
            ["output/articles/2014/10/b.html:3:1", "output/index.html:3:1", "output/index.html:4:1"],
            _bag.Sorted().Select(d => d.Location.ToString()));
    }
}
