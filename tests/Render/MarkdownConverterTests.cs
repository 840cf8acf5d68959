using Broadsheet.Diagnostics;
using Broadsheet.Model;
using Broadsheet.Render.Markdown;
using Broadsheet.Tests.TestSupport;
using Xunit;

namespace Broadsheet.Tests.Render;

/// <summary>The Markdown extensions and the default summary.</summary>
public sealed partial class MarkdownConverterTests
{
    private const string Source = "articles/2014/10/a.md";
    private const string Display = "site-content/articles/2014/10/a.md";

    private readonly DiagnosticBag _bag = new();

    private MarkdownConverter Converter() => new(
        new FakeLinkTargets(
            new Dictionary<string, string> { ["articles/2014/11/b.md"] = "articles/2014/11/b.html", [Source] = "articles/2014/10/a.html" },
            "images/x.svg",
            "files/my file.pdf"),
        _bag);

    private string ToHtml(string markdown, int firstLine = 1, string pagePath = "articles/2014/10/a.html") =>
        Converter().ToHtml(new MarkdownPage(new MarkdownText(markdown, Display, firstLine), Source, pagePath));

    [Fact]
    public void Pipe_tables_become_html_tables()
    {
        var html = ToHtml("| Year | Event |\n|------|-------|\n| 1917 | Revolution |\n");

        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Contains("<th>Year</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Revolution</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Footnotes_become_linked_notes_at_the_end()
    {
        var html = ToHtml("A claim.[^1]\n\n[^1]: The source.\n");

        Assert.Contains("href=\"#fn:1\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"fn:1\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"footnotes\"", html, StringComparison.Ordinal);
        Assert.Contains("The source.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Headings_get_github_style_ids()
    {
        Assert.Contains("<h2 id=\"peace-land-and-bread\">Peace, land and bread</h2>", ToHtml("## Peace, land and bread\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Quotes_and_dashes_are_made_typographic()
    {
        var html = ToHtml("A 'single' and \"quoted\" -- and so on...\n");

        Assert.Contains("&lsquo;single&rsquo;", html, StringComparison.Ordinal);
        Assert.Contains("&ldquo;quoted&rdquo;", html, StringComparison.Ordinal);
        Assert.Contains("&ndash;", html, StringComparison.Ordinal);
        Assert.Contains("&hellip;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\"quoted\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Apostrophes_are_curled_in_words_after_them_and_before_a_short_year_but_not_in_code()
    {
        var html = ToHtml("The union's funds, the dockers' tanner, *Jarrow*'s march, the '80s; `it's code`.\n\n    don't touch\n");

        Assert.Contains("<p>The union’s funds, the dockers’ tanner, <em>Jarrow</em>’s march, the ’80s; <code>it's code</code>.</p>", html, StringComparison.Ordinal);
        Assert.Contains("don't touch", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Figures_wrap_an_image_with_its_caption()
    {
        var html = ToHtml("^^^\n![A crowd](/images/x.svg)\n^^^ Moscow, May 1920\n");

        Assert.Contains("<figure>", html, StringComparison.Ordinal);
        Assert.Contains("<figcaption>Moscow, May 1920</figcaption>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_uses_lf_line_endings()
    {
        Assert.DoesNotContain('\r', ToHtml("One.\r\n\r\nTwo.\r\n"));
    }

    [Fact]
    public void Summary_is_the_first_paragraph_as_plain_text()
    {
        var summary = Converter().Summary("## A heading\n\nThe *first* paragraph, with [a link](b.md) &amp; more.\n\nThe second.\n");

        Assert.Equal("The first paragraph, with a link & more.", summary);
    }

    [Fact]
    public void Summary_joins_the_lines_of_the_paragraph()
    {
        Assert.Equal("One line and another.", Converter().Summary("One line\nand another.\n"));
    }

    [Fact]
    public void Summary_is_cut_at_60_words_with_an_ellipsis()
    {
        var words = Enumerable.Range(1, 61).Select(i => $"w{i}").ToList();
        words[59] += ",";

        var summary = Converter().Summary(string.Join(' ', words));

        Assert.Equal(string.Join(' ', words.Take(59)) + " w60\u2026", summary);
    }

    [Fact]
    public void Summary_of_exactly_60_words_is_not_cut()
    {
        var text = string.Join(' ', Enumerable.Range(1, 60).Select(i => $"w{i}"));

        Assert.Equal(text, Converter().Summary(text));
    }

    [Fact]
    public void Summary_of_a_body_without_a_paragraph_is_empty()
    {
        Assert.Equal("", Converter().Summary("## Only a heading\n"));
        Assert.Equal("", Converter().Summary(""));
    }
}
