using Broadsheet.Diagnostics;
using Broadsheet.Graph;
using Broadsheet.Model;
using Broadsheet.Tests.TestSupport;
using Xunit;

namespace Broadsheet.Tests.Graph;

/// <summary>Issues, their contents and the order of things in the graph.</summary>
public sealed partial class SiteGraphBuilderTests
{
    private static readonly Issue October = Models.Issue("2014-10-29", 1, "Issue 1");
    private static readonly Issue November = Models.Issue("2014-11-05", 2, "Issue 2");
    private static readonly Issue December = Models.Issue("2014-12-03", 3, "Issue 3");

    private readonly DiagnosticBag _bag = new();

    private SiteGraph Build(ArchiveModel model) => new SiteGraphBuilder(_bag).Build(model);

    [Fact]
    public void Issue_contents_are_grouped_by_section_in_site_order_leaving_out_empty_sections()
    {
        // site.yml order: news, history, letters; the issue has nothing in history.
        var graph = Build(Models.Archive(
            [
                Models.Article("letter", "2014-10-29", October, Models.Letters),
                Models.Article("strike", "2014-10-29", October, Models.News, title: "Strike"),
                Models.Article("ballot", "2014-10-29", October, Models.News, title: "Ballot"),
            ],
            [October]));

        var issue = Assert.Single(graph.IssuesNewestFirst);
        Assert.Equal(["news", "letters"], issue.Sections.Select(s => s.Section.Id));
        Assert.Equal(["Ballot", "Strike"], issue.Sections[0].Articles.Select(a => a.Article.Title));
        Assert.Equal("issues/2014-10-29.html", issue.OutputPath);
    }

    [Fact]
    public void A_section_follows_the_printed_positions_then_titles_and_prev_next_follow_it()
    {
        var graph = Build(Models.Archive(
            [
                Models.Article("ballot", "2014-10-29", October, Models.News, title: "Ballot") with { Position = 3 },
                Models.Article("strike", "2014-10-29", October, Models.News, title: "Strike") with { Position = 1 },
                Models.Article("appeal", "2014-10-29", October, Models.News, title: "Appeal"),
                Models.Article("rally", "2014-10-29", October, Models.News, title: "Rally") with { Position = 3 },
                Models.Article("letter", "2014-10-29", October, Models.Letters, title: "A letter"),
            ],
            [October]));

        var news = graph.IssuesNewestFirst[0].Sections[0].Articles;
        Assert.Equal(["Strike", "Ballot", "Rally", "Appeal"], news.Select(a => a.Article.Title));
        Assert.Equal(["Ballot", "Rally", "Appeal", "A letter"], news.Select(a => a.Next!.Article.Title));
        Assert.Null(news[0].Previous);
    }

    [Fact]
    public void Articles_link_to_previous_and_next_within_their_issue_in_reading_order()
    {
        var graph = Build(Models.Archive(
            [
                Models.Article("c-history", "2014-10-29", October, Models.History, title: "C"),
                Models.Article("b-news", "2014-10-29", October, Models.News, title: "B"),
                Models.Article("a-news", "2014-10-29", October, Models.News, title: "A"),
                Models.Article("other-issue", "2014-11-05", November, Models.News, title: "Other"),
            ],
            [October, November]));

        var byTitle = graph.ArticlesNewestFirst.ToDictionary(a => a.Article.Title);
        Assert.Null(byTitle["A"].Previous);
        Assert.Same(byTitle["B"], byTitle["A"].Next);
        Assert.Same(byTitle["A"], byTitle["B"].Previous);
        Assert.Same(byTitle["C"], byTitle["B"].Next);
        Assert.Same(byTitle["B"], byTitle["C"].Previous);
        Assert.Null(byTitle["C"].Next);
        Assert.Null(byTitle["Other"].Previous);
        Assert.Null(byTitle["Other"].Next);
        Assert.Equal("2014-10-29", byTitle["A"].Issue?.Issue.Id);
    }

    [Fact]
    public void A_web_only_article_has_no_issue_and_no_neighbours()
    {
        var graph = Build(Models.Archive([Models.Article("web", "2014-10-30"), Models.Article("a", "2014-10-29", October, Models.News)], [October]));

        var web = graph.ArticlesBySourcePath["articles/2014/10/web.md"];
        Assert.Null(web.Issue);
        Assert.Null(web.Previous);
        Assert.Null(web.Next);
    }

    [Fact]
    public void Issues_are_newest_first_with_previous_older_and_next_newer()
    {
        var graph = Build(Models.Archive([], [November, December, October]));

        Assert.Equal(["2014-12-03", "2014-11-05", "2014-10-29"], graph.IssuesNewestFirst.Select(i => i.Issue.Id));
        var (december, november, october) = (graph.IssuesNewestFirst[0], graph.IssuesNewestFirst[1], graph.IssuesNewestFirst[2]);
        Assert.Null(december.Next);
        Assert.Same(november, december.Previous);
        Assert.Same(december, november.Next);
        Assert.Same(october, november.Previous);
        Assert.Same(november, october.Next);
        Assert.Null(october.Previous);
    }

    [Fact]
    public void An_issue_with_no_articles_has_no_sections()
    {
        var graph = Build(Models.Archive([], [October]));

        Assert.Empty(Assert.Single(graph.IssuesNewestFirst).Sections);
    }

    [Fact]
    public void Topic_articles_are_newest_first()
    {
        var russia = Models.Topic("russia");
        var graph = Build(Models.Archive(
            [
                Models.Article("middle", "2014-11-05", topics: [russia]),
                Models.Article("untagged", "2014-12-01"),
                Models.Article("oldest", "2014-10-29", topics: [russia]),
                Models.Article("newest", "2014-12-03", topics: [russia]),
            ],
            topics: [russia]));

        var topic = Assert.Single(graph.Topics);
        Assert.Equal(["newest", "middle", "oldest"], topic.Articles.Select(a => a.Article.Slug));
        Assert.Equal("topics/russia.html", topic.OutputPath);
    }

    [Fact]
    public void Topics_are_sorted_by_title_ignoring_case()
    {
        var graph = Build(Models.Archive([], topics: [Models.Topic("b", "bread"), Models.Topic("c", "Chartism"), Models.Topic("a", "Anti-racism")]));

        Assert.Equal(["Anti-racism", "bread", "Chartism"], graph.Topics.Select(t => t.Topic.Title));
    }

    [Fact]
    public void Articles_are_newest_first_with_ties_broken_by_title()
    {
        var graph = Build(Models.Archive(
            [
                Models.Article("b", "2014-10-29", title: "B"),
                Models.Article("new", "2014-11-01", title: "Z"),
                Models.Article("a", "2014-10-29", title: "a"),
            ]));

        Assert.Equal(["Z", "a", "B"], graph.ArticlesNewestFirst.Select(a => a.Article.Title));
    }
}
