using Broadsheet.Books;

namespace Broadsheet.Tests.Books;

/// <summary>Where links of an article lead inside its issue's book.</summary>
public sealed class EpubLinksTests
{
    private static readonly Dictionary<string, string> Chapters = new(StringComparer.Ordinal) { ["articles/2024/11/b.html"] = "article-002.xhtml" };
    private static readonly Dictionary<string, string> Static = new(StringComparer.Ordinal) { ["images/a.svg"] = "/x/static/images/a.svg", ["files/a.pdf"] = "/x/a.pdf" };

    [Fact]
    public void A_link_to_an_article_of_the_issue_leads_to_its_chapter()
    {
        var links = new EpubLinks(Chapters, Static, null);
        Assert.Equal("article-002.xhtml#part", links.Link("articles/2024/11/a.html", "b.html#part"));
    }

    [Fact]
    public void A_link_to_another_page_is_absolute_with_a_base_url_and_dropped_without()
    {
        Assert.Equal("https://example.org/archive/articles/2023/01/c.html", new EpubLinks(Chapters, Static, "https://example.org/archive/").Link("articles/2024/11/a.html", "../../2023/01/c.html"));
        Assert.Null(new EpubLinks(Chapters, Static, null).Link("articles/2024/11/a.html", "../../2023/01/c.html"));
    }

    [Fact]
    public void External_and_fragment_links_are_kept()
    {
        var links = new EpubLinks(Chapters, Static, null);
        Assert.Equal("https://example.org/", links.Link("articles/2024/11/a.html", "https://example.org/"));
        Assert.Equal("#fn:1", links.Link("articles/2024/11/a.html", "#fn:1"));
    }

    [Fact]
    public void Images_are_packed_once_and_other_files_are_not()
    {
        var links = new EpubLinks(Chapters, Static, null);
        Assert.Equal("media/images/a.svg", links.Image("articles/2024/11/a.html", "../../../images/a.svg"));
        Assert.Equal("media/images/a.svg", links.ImageOf("images/a.svg"));
        Assert.Null(links.Image("articles/2024/11/a.html", "../../../files/a.pdf"));
        Assert.Null(links.Image("articles/2024/11/a.html", "https://example.org/x.png"));
        Assert.Equal("image/svg+xml", Assert.Single(links.Images).MediaType);
    }
}
