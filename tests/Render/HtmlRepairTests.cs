using Broadsheet.Diagnostics;
using Broadsheet.Model;
using Broadsheet.Render.Markdown;
using Broadsheet.Tests.TestSupport;
using Xunit;

namespace Broadsheet.Tests.Render;

/// <summary>HTML written in a body is repaired to valid nesting, and its headings given their levels with the Markdown's.</summary>
public sealed class HtmlRepairTests
{
    private readonly DiagnosticBag _bag = new();

    private string ToHtml(string markdown) =>
        new MarkdownConverter(new FakeLinkTargets(new Dictionary<string, string>()), _bag)
            .ToHtml(new MarkdownPage(new MarkdownText(markdown, "site-content/articles/2014/10/a.md", 6), "articles/2014/10/a.md", "articles/2014/10/a.html"));

    [Fact]
    public void An_h1_written_in_a_paragraph_closes_it_becomes_an_h2_and_leaves_no_empty_paragraph()
    {
        var html = ToHtml("Some text <H1>A title</H1> more text.\n\n### Then a heading\n");

        Assert.Equal("<p>Some text </p><h2>A title</h2> more text.\n<h3 id=\"then-a-heading\">Then a heading</h3>\n", html);
        var warning = Assert.Single(_bag.Sorted());
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(("site-content/articles/2014/10/a.md", 6), (warning.Location.Path, warning.Location.Line));
        Assert.StartsWith("the HTML written in this text (from this line on) is not validly nested (", warning.Message, StringComparison.Ordinal);
        Assert.EndsWith("; it was repaired as a browser reads it (on articles/2014/10/a.html; published repaired)", warning.Message, StringComparison.Ordinal);
        Assert.Equal("articles/2014/10/a.html", PageWarnings.PageOf(warning));
    }

    [Fact]
    public void A_block_inside_a_span_and_emphasis_is_moved_out_by_splitting_them_around_it()
    {
        var html = ToHtml("<div><span id=\"s\">before <em>x<ul><li>item</li></ul>y</em> after</span></div>\n");

        Assert.Equal("<div><span id=\"s\">before <em>x</em></span><ul><li>item</li></ul><span><em>y</em> after</span></div>\n", html);
        Assert.Contains("(a <ul> inside a <em>)", Assert.Single(_bag.Sorted()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_div_that_closes_a_paragraph_inside_emphasis_is_parsed_as_a_browser_does()
    {
        var html = ToHtml("<p><span id=\"s\">before <em>x<div>block</div>y</em> after</span></p>\n");

        Assert.Equal("<p><span id=\"s\">before <em>x</em></span></p><div><em>block</em></div><em>y</em> after\n", html);
        Assert.Single(_bag.Sorted());
    }

    [Fact]
    public void An_unclosed_div_is_closed_and_a_stray_end_tag_dropped()
    {
        var html = ToHtml("<div class=\"box\">\n\nInside.\n\n</span>\n");

        Assert.Equal("<div class=\"box\">\n<p>Inside.</p>\n\n</div>", html);
        Assert.Single(_bag.Sorted());
    }

    [Fact]
    public void Valid_html_in_a_body_keeps_markdigs_markup_and_gives_no_warning()
    {
        const string markdown = "A <span class=\"x\">word</span> and a line  \nbreak &amp; 'quotes'.\n\n<div class=\"box\">\n\nText.\n\n</div>\n\n## Heading\n";

        var html = ToHtml(markdown);

        Assert.Equal(new MarkdownConverter(new FakeLinkTargets(new Dictionary<string, string>()), new DiagnosticBag(), allowRawHtml: true).ToHtml(new MarkdownPage(new MarkdownText(markdown, "x.md", 1), "a.md", "a.html")), html);
        Assert.Contains("<br />", html, StringComparison.Ordinal);
        Assert.Contains("&lsquo;quotes&rsquo;", html, StringComparison.Ordinal);
        Assert.Empty(_bag.Sorted());
    }

    [Fact]
    public void Headings_written_in_html_count_with_the_markdown_ones()
    {
        var html = ToHtml("<h3>Written in HTML</h3>\n\n#### In Markdown\n\n<h6>Deep</h6>\n");

        Assert.Equal("<h2>Written in HTML</h2>\n<h3 id=\"in-markdown\">In Markdown</h3>\n<h4>Deep</h4>\n", html);
        Assert.Empty(_bag.Sorted());
    }
}
