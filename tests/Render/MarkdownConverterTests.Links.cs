using Broadsheet.Diagnostics;
using Broadsheet.Tests.TestSupport;
using Xunit;

namespace Broadsheet.Tests.Render;

/// <summary>Links and images in a body, made to work from the page that shows it.</summary>
public sealed partial class MarkdownConverterTests
{
    [Fact]
    public void A_link_to_another_articles_md_becomes_a_relative_link_to_its_page()
    {
        var html = ToHtml("See [the sequel](../11/b.md) and [its notes](../11/b.md#notes).\n");

        Assert.Contains("<a href=\"../11/b.html\">the sequel</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"../11/b.html#notes\">its notes</a>", html, StringComparison.Ordinal);
        Assert.Empty(_bag.Sorted());
    }

    [Fact]
    public void A_link_to_an_article_from_the_root_works_too()
    {
        Assert.Contains("href=\"../11/b.html\"", ToHtml("[b](/articles/2014/11/b.md)\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_to_an_article_is_relative_to_the_page_that_shows_the_body()
    {
        // The same body shown on the issue page, two folders nearer the root.
        var html = ToHtml("[b](../11/b.md)\n", pagePath: "issues/2014-10-29.html");

        Assert.Contains("href=\"../articles/2014/11/b.html\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_to_a_missing_md_is_an_error_at_its_line_in_the_whole_file()
    {
        // The body starts on line 6 of its file; the link is on the body's third line, at column 5.
        ToHtml("First paragraph.\n\nSee [the other](missing.md) for more.\n", firstLine: 6);

        Assert.Equal(
            [$"{Display}:8:5: error: the link 'missing.md' leads to articles/2014/10/missing.md, which is not an article or a page under pages/; check the file name"],
            _bag.Printed());
    }

    [Fact]
    public void A_broken_link_inside_a_list_is_reported_at_its_own_line_and_column()
    {
        ToHtml("Intro.\n\n- one\n- two [x](gone.md)\n", firstLine: 10);

        Assert.Equal(new SourceLocation(Display, 13, 7), Assert.Single(_bag.Sorted()).Location);
    }

    [Fact]
    public void A_link_out_of_the_source_folder_is_an_error()
    {
        ToHtml("[x](../../../../secret.md)\n", firstLine: 4);

        Assert.Equal(
            [$"{Display}:4:1: error: the link '../../../../secret.md' leads outside the source folder"],
            _bag.Printed());
    }

    [Fact]
    public void A_root_relative_image_is_made_relative_to_the_page()
    {
        var html = ToHtml("![A map](/images/x.svg)\n");

        Assert.Contains("<img src=\"../../../images/x.svg\" alt=\"A map\" />", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_path_into_static_is_made_relative_to_the_page_without_static()
    {
        var html = ToHtml("![A map](../../../static/images/x.svg) and [the PDF](/static/files/my%20file.pdf)\n");

        Assert.Contains("src=\"../../../images/x.svg\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"../../../files/my%20file.pdf\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://example.org/a.md")]
    [InlineData("http://example.org/")]
    [InlineData("mailto:editor@example.org")]
    [InlineData("//cdn.example.org/x.js")]
    [InlineData("#notes")]
    public void External_links_and_fragments_are_left_untouched(string url)
    {
        var html = ToHtml($"[x]({url})\n");

        Assert.Contains($"href=\"{url}\"", html, StringComparison.Ordinal);
        Assert.Empty(_bag.Sorted());
    }

    [Fact]
    public void A_relative_link_to_something_else_is_left_as_written()
    {
        Assert.Contains("href=\"notes.txt\"", ToHtml("[x](notes.txt)\n"), StringComparison.Ordinal);
        Assert.Empty(_bag.Sorted());
    }

    [Fact]
    public void A_reference_style_link_to_an_article_is_rewritten_too()
    {
        var html = ToHtml("See [the sequel][b].\n\n[b]: ../11/b.md\n");

        Assert.Contains("<a href=\"../11/b.html\">the sequel</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_non_ascii_fragment_is_percent_encoded_once()
    {
        Assert.Contains("href=\"../11/b.html#caf%C3%A9\"", ToHtml("[b](../11/b.md#café)\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_percent_encoded_fragment_is_not_encoded_twice()
    {
        Assert.Contains("href=\"../11/b.html#caf%C3%A9\"", ToHtml("[b](../11/b.md#caf%C3%A9)\n"), StringComparison.Ordinal);
    }
}
