using Broadsheet.Import.Markdown;

namespace Broadsheet.Tests.Import;

public sealed class HtmlToMarkdownConverterTests
{
    private static string Md(string html) => HtmlToMarkdownConverter.Convert(html).Markdown;

    [Theory]
    [InlineData("<p>Plain words.</p>", "Plain words.\n")]
    [InlineData("<p>One</p><p>Two</p>", "One\n\nTwo\n")]
    [InlineData("<h2>The strike</h2>", "## The strike\n")]
    [InlineData("<h4>Part <em>two</em></h4>", "#### Part *two*\n")]
    [InlineData("<p>A <em>quiet</em> and <strong>loud</strong> word</p>", "A *quiet* and **loud** word\n")]
    [InlineData("<p><b>Bold</b> and <i>italic</i></p>", "**Bold** and *italic*\n")]
    [InlineData("<p>It was <em>\"said\"</em> then</p>", "It was *\"said\"* then\n")]
    [InlineData("<p>x<em>\"said\"</em>y</p>", "x<em>\"said\"</em>y\n")]
    [InlineData("<p><strong>From Cardiff:</strong> we</p>", "**From Cardiff:** we\n")]
    [InlineData("<p><del>gone</del></p>", "~~gone~~\n")]
    [InlineData("<p>Line one<br>line two</p>", "Line one\\\nline two\n")]
    [InlineData("<p>Trailing break<br></p>", "Trailing break\n")]
    [InlineData("<p>Use <code>git log</code> here</p>", "Use `git log` here\n")]
    [InlineData("<p><code>a`b</code></p>", "``a`b``\n")]
    [InlineData("<hr>", "---\n")]
    [InlineData("<p>x<sup>2</sup></p>", "x<sup>2</sup>\n")]
    public void Converts_text_level_elements(string html, string markdown) => Assert.Equal(markdown, Md(html));

    [Theory]
    [InlineData("<p>5 * 3 = 15 and [brackets] and &lt;tag&gt;</p>", "5 \\* 3 = 15 and \\[brackets\\] and \\<tag>\n")]
    [InlineData("<p># not a heading</p>", "\\# not a heading\n")]
    [InlineData("<p>1917. A year</p>", "1917\\. A year\n")]
    [InlineData("<p>- not a list</p>", "\\- not a list\n")]
    [InlineData("<p>snake_case and _edge_</p>", "snake_case and \\_edge\\_\n")]
    [InlineData("<p>AT&amp;T &amp;amp;</p>", "AT&T \\&amp;\n")]
    [InlineData("<p>a | b ~ c ^ d</p>", "a \\| b \\~ c \\^ d\n")]
    public void Escapes_text_that_would_read_as_markup(string html, string markdown) => Assert.Equal(markdown, Md(html));

    [Theory]
    [InlineData("<p><a href=\"https://example.org/a\">a link</a></p>", "[a link](https://example.org/a)\n")]
    [InlineData("<p><a href=\"/x\" title=\"The &quot;x&quot;\">x</a></p>", "[x](/x \"The \\\"x\\\"\")\n")]
    [InlineData("<p><a href=\"/a b(c)\">odd</a></p>", "[odd](</a%20b(c)>)\n")]
    [InlineData("<p><a name=\"top\">anchor</a></p>", "anchor\n")]
    [InlineData("<p><img src=\"/img/a.jpg\" alt=\"A crowd\"></p>", "![A crowd](/img/a.jpg)\n")]
    [InlineData("<p><a href=\"/big.jpg\"><img src=\"/small.jpg\" alt=\"\"></a></p>", "[![](/small.jpg)](/big.jpg)\n")]
    [InlineData("<p><img data-src=\"/lazy.jpg\" src=\"data:image/gif;base64,R0\" alt=\"lazy\"></p>", "![lazy](/lazy.jpg)\n")]
    public void Converts_links_and_images(string html, string markdown) => Assert.Equal(markdown, Md(html));

    [Fact]
    public void A_figure_keeps_its_caption()
    {
        var md = Md("<figure><img src=\"/m.jpg\" alt=\"Moscow\"><figcaption>Moscow, <em>May</em> 1920</figcaption></figure>");
        Assert.Equal("^^^\n![Moscow](/m.jpg)\n^^^ Moscow, *May* 1920\n", md);
    }

    [Fact]
    public void A_block_quote_holds_paragraphs_and_lists()
    {
        var md = Md("<blockquote><p>First</p><p>Second</p><ul><li>item</li></ul></blockquote>");
        Assert.Equal("> First\n>\n> Second\n>\n> - item\n", md);
    }

    [Fact]
    public void Nested_lists_are_indented_under_their_item()
    {
        var md = Md("<ul><li>One<ul><li>One a</li><li>One b<ol><li>deep</li></ol></li></ul></li><li>Two</li></ul>");
        Assert.Equal("- One\n  - One a\n  - One b\n    1. deep\n- Two\n", md);
    }

    [Fact]
    public void A_loose_list_keeps_blank_lines_and_an_ordered_list_its_start()
    {
        Assert.Equal("3. First\n\n4. Second\n", Md("<ol start=\"3\"><li><p>First</p></li><li><p>Second</p></li></ol>"));
    }

    [Fact]
    public void Two_lists_in_a_row_stay_two_lists()
    {
        Assert.Equal("- a\n\n* b\n", Md("<ul><li>a</li></ul><ul><li>b</li></ul>"));
    }

    [Fact]
    public void A_table_with_a_header_row_becomes_a_pipe_table()
    {
        var md = Md("<table><thead><tr><th>Year</th><th style=\"text-align: right\">Members</th></tr></thead>"
            + "<tbody><tr><td>1913</td><td>4,135</td></tr><tr><td><em>1914</em></td><td>a|b</td></tr></tbody></table>");
        Assert.Equal("| Year | Members |\n|---|---:|\n| 1913 | 4,135 |\n| *1914* | a\\|b |\n", md);
    }

    [Fact]
    public void A_table_whose_cells_span_stays_html_with_a_note()
    {
        var result = HtmlToMarkdownConverter.Convert("<table><tr><th colspan=\"2\">Both</th></tr><tr><td>a</td><td>b</td></tr></table>");
        Assert.StartsWith("<table>\n", result.Markdown, StringComparison.Ordinal);
        Assert.Contains("colspan=\"2\"", result.Markdown, StringComparison.Ordinal);
        Assert.Contains(result.Notes, n => n.Contains("table as HTML", StringComparison.Ordinal));
    }

    [Fact]
    public void A_table_with_a_pipe_in_its_code_stays_html()
    {
        var result = HtmlToMarkdownConverter.Convert("<table><tr><th>Command</th></tr><tr><td><code>ps | grep x</code></td></tr></table>");
        Assert.StartsWith("<table>\n", result.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_code_block_keeps_its_text_and_language()
    {
        var md = Md("<pre><code class=\"language-python\">print(\"```\")\n  indented\n</code></pre>");
        Assert.Equal("````python\nprint(\"```\")\n  indented\n````\n", md);
    }

    [Fact]
    public void Footnotes_become_references_and_definitions()
    {
        var html = "<p>Claim<sup id=\"r1\"><a href=\"#n1\">1</a></sup> and another<sup><a href=\"#n2\">2</a></sup>.</p>"
            + "<ol class=\"footnotes\"><li id=\"n1\">Source one. <a href=\"#r1\">↩</a></li><li id=\"n2\">Source <em>two</em>.</li></ol>";
        Assert.Equal("Claim[^1] and another[^2].\n\n[^1]: Source one.\n\n[^2]: Source *two*.\n", Md(html));
    }

    [Fact]
    public void Scripts_handlers_and_javascript_links_are_removed_with_notes()
    {
        var result = HtmlToMarkdownConverter.Convert(
            "<p onclick=\"steal()\">Text <a href=\"javascript:alert(1)\">click</a></p><script>alert(1)</script>");
        Assert.Equal("Text click\n", result.Markdown);
        Assert.Equal(3, result.Notes.Count);
    }

    [Fact]
    public void An_element_markdown_cannot_say_stays_html_with_a_note()
    {
        var result = HtmlToMarkdownConverter.Convert("<p>Before</p><iframe src=\"https://video.example/1\"></iframe><dl><dt>Term</dt>\n\n<dd>Def</dd></dl>");
        Assert.Equal("Before\n\n<iframe src=\"https://video.example/1\">\n</iframe>\n\n<dl>\n<dt>Term</dt>\n<dd>Def</dd>\n</dl>\n", result.Markdown);
        Assert.Equal(["kept <iframe> as raw HTML", "kept <dl> as raw HTML"], result.Notes);
    }

    [Fact]
    public void A_link_around_blocks_stays_html_rather_than_lose_its_address()
    {
        var result = HtmlToMarkdownConverter.Convert("<a href=\"/x\"><div><h3>Teaser</h3><p>More</p></div></a>");
        Assert.StartsWith("<a href=\"../../../x\">\n", result.Markdown, StringComparison.Ordinal);
        Assert.Equal(["kept <a> as raw HTML"], result.Notes);
    }

    [Fact]
    public void Addresses_inside_kept_html_are_mapped_and_written_for_the_built_page()
    {
        var result = HtmlToMarkdownConverter.Convert("<table><tr><td><a href=\"old\">a</a><img src=\"/pic.jpg\"></td></tr></table>", new Mapper());
        Assert.Contains("<a href=\"../11/other.html#part\">a</a>", result.Markdown, StringComparison.Ordinal);
        Assert.Contains("<img src=\"../../../uploads/pic.jpg\">", result.Markdown, StringComparison.Ordinal);
    }

    private sealed class Mapper : IUrlMapper
    {
        public string? Link(string href) => "../11/other.md#part";

        public string? Image(string src) => "/uploads" + src;
    }

    [Fact]
    public void Inline_text_between_blocks_becomes_a_paragraph()
    {
        Assert.Equal("Loose text\n\nA paragraph\n\nmore\n", Md("<div>Loose text<p>A paragraph</p>more</div>"));
    }

    [Fact]
    public void Images_and_links_are_counted_and_mapped()
    {
        var result = HtmlToMarkdownConverter.Convert("<p><a href=\"old\">a</a> <img src=\"x.jpg\" alt=\"x\"></p>", new Prefixer());
        Assert.Equal("[a](L:old) ![x](I:x.jpg)\n", result.Markdown);
        Assert.Equal((1, 1), (result.Images, result.Links));
    }

    private sealed class Prefixer : IUrlMapper
    {
        public string? Link(string href) => "L:" + href;

        public string? Image(string src) => "I:" + src;
    }
}
