using Broadsheet.Model;
using Broadsheet.Tests.TestSupport;
using Xunit;

namespace Broadsheet.Tests.Model;

public sealed class ArticlePathPatternTests
{
    [Theory]
    [InlineData("articles/{year}/{month}/{day}/{slug}", "articles/2026/12/03/editorial.html")]
    [InlineData("articles/{year}/{month}/{day}/{slug}.html", "articles/2026/12/03/editorial.html")]
    [InlineData("{year}/{slug}", "2026/editorial.html")]
    [InlineData("archive/{year}-{month}-{day}-{slug}", "archive/2026-12-03-editorial.html")]
    [InlineData("issues/{issue}/{slug}", "issues/2026-12-03/editorial.html")]
    [InlineData("{section}/{slug}", "news/editorial.html")]
    public void A_pattern_places_an_article_by_its_date_slug_issue_and_section(string text, string expected)
    {
        var issue = Models.Issue("2026-12-03", 1);
        var pattern = ArticlePathPattern.Parse(text, out var problem);

        Assert.Null(problem);
        Assert.Equal(expected, pattern!.Of(Models.Article("editorial", "2026-12-03", issue, Models.News)));
    }

    [Fact]
    public void An_article_without_the_issue_the_pattern_names_goes_where_the_default_puts_it()
    {
        var pattern = ArticlePathPattern.Parse("issues/{issue}/{slug}", out _)!;

        Assert.Equal("articles/2026/12/web-only.html", pattern.Of(Models.Article("web-only", "2026-12-03")));
    }

    [Theory]
    [InlineData("articles/{yaer}/{slug}", "'{yaer}' is not one of {year}, {month}, {day}, {slug}, {issue}, {section}; did you mean 'year'?")]
    [InlineData("articles/{year}/{month}", "'articles/{year}/{month}' must contain {slug}, or articles would share a page")]
    [InlineData("articles/{year/{slug}", "'{year/{slug}' is not one of {year}, {month}, {day}, {slug}, {issue}, {section}")]
    [InlineData("articles/{slug", "the '{' at '{slug' is never closed with '}'")]
    [InlineData("/articles/{slug}", "'/articles/{slug}' must be a path inside the site such as \"articles/{year}/{month}/{day}/{slug}\", with no leading or trailing '/' and no '.' or '..' folders")]
    [InlineData("../{slug}", "'../{slug}' must be a path inside the site such as \"articles/{year}/{month}/{day}/{slug}\", with no leading or trailing '/' and no '.' or '..' folders")]
    [InlineData("Articles/{slug}", "'Articles/{slug}' may hold only lower-case letters, digits, '-', '_', '.', '/' and placeholders; 'A' is none of them")]
    public void A_pattern_that_cannot_place_articles_says_what_to_change(string text, string expected)
    {
        Assert.Null(ArticlePathPattern.Parse(text, out var problem));
        Assert.Equal(expected, problem);
    }
}
