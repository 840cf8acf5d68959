using Broadsheet.Model;
using Broadsheet.Render.Markdown;
using Broadsheet.Tests.TestSupport;
using Xunit;

namespace Broadsheet.Tests.Render;

/// <summary>A link to an old address of an article (one of its aliases) leads to the article's page, not its redirect.</summary>
public sealed partial class MarkdownConverterTests
{
    private string ToHtmlWithAliases(string markdown) =>
        new MarkdownConverter(
                new FakeLinkTargets(new Dictionary<string, string>(), "images/x.svg")
                {
                    Aliases = new Dictionary<string, string>
                    {
                        ["2014/10/old-slug/index.html"] = "articles/2014/11/b.html",
                        ["news/story.html"] = "articles/2014/11/b.html",
                        ["articles/2014/10/old.html"] = "articles/2014/11/b.html",
                    },
                },
                _bag)
            .ToHtml(new MarkdownPage(new MarkdownText(markdown, Display, 1), Source, "articles/2014/10/a.html"));

    [Theory]
    [InlineData("/2014/10/old-slug/", "../11/b.html")]
    [InlineData("/2014/10/old-slug", "../11/b.html")]
    [InlineData("/2014/10/old-slug/#part", "../11/b.html#part")]
    [InlineData("/news/story.html", "../11/b.html")]
    [InlineData("old.html", "../11/b.html")]
    public void A_link_to_an_alias_leads_to_the_article_page(string url, string expected)
    {
        Assert.Contains($"<a href=\"{expected}\">old</a>", ToHtmlWithAliases($"[old]({url})\n"), StringComparison.Ordinal);
        Assert.Empty(_bag.Sorted());
    }

    [Fact]
    public void A_root_relative_link_that_is_no_alias_is_made_relative_as_before_and_static_files_come_first()
    {
        Assert.Contains("<a href=\"../../../2014/10/other\">x</a>", ToHtmlWithAliases("[x](/2014/10/other/)\n"), StringComparison.Ordinal);
        Assert.Contains("<img src=\"../../../images/x.svg\" alt=\"map\" />", ToHtmlWithAliases("![map](/images/x.svg)\n"), StringComparison.Ordinal);
    }
}
