using Xunit;

namespace Broadsheet.Tests.Render;

/// <summary>A body's headings move so the highest is an h2, under the page's h1 title, keeping their order and ids.</summary>
public sealed partial class MarkdownConverterTests
{
    [Fact]
    public void A_body_whose_intertitles_start_at_h3_has_them_moved_up_to_h2_keeping_their_order_and_ids()
    {
        var html = ToHtml("Intro.\n\n### The strike\n\nText.\n\n#### Day one\n\nMore.\n\n### The end\n");

        Assert.Equal(
            "<p>Intro.</p>\n<h2 id=\"the-strike\">The strike</h2>\n<p>Text.</p>\n<h3 id=\"day-one\">Day one</h3>\n<p>More.</p>\n<h2 id=\"the-end\">The end</h2>\n",
            html);
    }

    [Fact]
    public void A_body_with_an_h1_has_every_heading_moved_down_one_level_and_none_more_than_one_below_the_one_before()
    {
        var html = ToHtml("# Title again\n\n## Part\n\n##### Deep\n\n## Next\n\n### Under\n");

        Assert.Equal(
            "<h2 id=\"title-again\">Title again</h2>\n<h3 id=\"part\">Part</h3>\n<h4 id=\"deep\">Deep</h4>\n<h3 id=\"next\">Next</h3>\n<h4 id=\"under\">Under</h4>\n",
            html);
    }

    [Fact]
    public void A_first_heading_deeper_than_the_highest_comes_right_under_the_title()
    {
        Assert.Equal("<h2 id=\"a\">A</h2>\n<h2 id=\"b\">B</h2>\n", ToHtml("#### A\n\n## B\n"));
    }

    [Fact]
    public void Headings_that_already_start_at_h2_and_headings_in_quotes_count_alike()
    {
        Assert.Equal("<h2 id=\"a\">A</h2>\n<h3 id=\"b\">B</h3>\n<h2 id=\"c\">C</h2>\n", ToHtml("## A\n\n### B\n\n## C\n"));
        Assert.Equal("<blockquote>\n<h2 id=\"quoted\">Quoted</h2>\n</blockquote>\n<h3 id=\"after\">After</h3>\n", ToHtml("> ### Quoted\n\n#### After\n"));
    }

    [Fact]
    public void A_link_to_a_heading_of_the_body_still_finds_its_id()
    {
        var html = ToHtml("See [below](#the-end).\n\n### The end\n");

        Assert.Contains("<a href=\"#the-end\">below</a>", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"the-end\">The end</h2>", html, StringComparison.Ordinal);
    }
}
