using Broadsheet.Tests.TestSupport;
using Xunit;

namespace Broadsheet.Tests.Build;

/// <summary>site.yml's <c>article_path</c>: every page, link, alias, feed and index follows the articles to their addresses.</summary>
public sealed class ArticlePathTests
{
    [Fact]
    public void Weekly_columns_of_one_month_each_get_a_page_and_every_link_follows_them()
    {
        using var archive = new SmallArchive("article_path: \"articles/{year}/{month}/{day}/{slug}\"\nbase_url: https://example.org/\n");
        archive.Write("issues/2024-03-13.md", "---\ntitle: Issue 2\ndate: 2024-03-13\nnumber: 2\n---\n");
        archive.Article("editorial", "The first week. See [the next](editorial-2.md).\n", "aliases: [/old/editorial-one]\n");
        archive.Write(
            "articles/2024/03/editorial-2.md",
            "---\ntitle: Editorial\nissue: 2024-03-13\nsection: history\nslug: editorial\n---\nThe second week, after [the first](editorial.md).\n");

        Assert.Empty(archive.Build().Warnings);
        var first = archive.Read("articles/2024/03/06/editorial.html");
        var second = archive.Read("articles/2024/03/13/editorial.html");
        Assert.Contains("href=\"../13/editorial.html\"", first, StringComparison.Ordinal);
        Assert.Contains("href=\"../06/editorial.html\"", second, StringComparison.Ordinal);
        Assert.Contains("href=\"../articles/2024/03/06/editorial.html\"", archive.Read("issues/2024-03-06.html"), StringComparison.Ordinal);
        Assert.Contains("articles/2024/03/06/editorial.html", archive.Read("old/editorial-one/index.html"), StringComparison.Ordinal);
        Assert.Contains("https://example.org/articles/2024/03/13/editorial.html", archive.Read("sitemap.xml"), StringComparison.Ordinal);
        Assert.Contains("https://example.org/articles/2024/03/13/editorial.html", archive.Read("feed.xml"), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(archive.Output, "articles/2024/03/editorial.html")));
    }

    [Fact]
    public void A_mistyped_article_path_is_an_error_at_its_line_and_nothing_is_built()
    {
        using var archive = new SmallArchive("article_path: articles/{year}/{mnth}/{slug}\n");
        archive.Article("editorial", "Body.\n");

        var failure = Assert.Throws<Broadsheet.Diagnostics.BuildFailedException>(() => archive.Build());

        var error = Assert.Single(failure.Diagnostics);
        Assert.EndsWith(
            "site-content/site.yml:7:15: error: article_path: '{mnth}' is not one of {year}, {month}, {day}, {slug}, {issue}, {section}; did you mean 'month'?",
            error.ToString(),
            StringComparison.Ordinal);
        Assert.False(Directory.Exists(archive.Output));
    }
}
