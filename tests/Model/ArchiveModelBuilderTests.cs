using Broadsheet.Diagnostics;
using Broadsheet.Load;
using Broadsheet.Model;
using Broadsheet.Tests.TestSupport;
using Xunit;

namespace Broadsheet.Tests.Model;

public sealed class ArchiveModelBuilderTests
{
    private static readonly SourceFile Site = Sources.Lines(
        "site.yml", "title: The Weekly", "sections:", "  - id: news", "    title: News", "  - id: history", "    title: History");

    private static readonly SourceFile Issue = Sources.Lines("issues/2014-10-29.md", "---", "title: Issue 1", "date: 2014-10-29", "number: 1", "---");

    private static SourceSet Set(IReadOnlyList<SourceFile> articles, IReadOnlyList<SourceFile>? issues = null) =>
        new(
            Site,
            (issues ?? [Issue]).Select(ParsedSource.Parse).ToList(),
            [ParsedSource.Parse(Sources.Lines("topics/russia.md", "---", "title: Russia", "---"))],
            [],
            articles.Select(ParsedSource.Parse).ToList(),
            []);

    private static readonly SourceFile Published = Sources.Lines(
        "articles/2014/10/published.md", "---", "title: Published", "issue: 2014-10-29", "section: news", "topics: russia", "---", "The body.");

    private static readonly SourceFile Draft = Sources.Lines(
        "articles/2014/10/draft.md", "---", "title: Draft", "issue: 2014-10-29", "section: history", "draft: true", "---");

    [Fact]
    public void Drafts_are_left_out_by_default()
    {
        var bag = new DiagnosticBag();

        var model = new ArchiveModelBuilder(bag, includeDrafts: false).Build(Set([Draft, Published]));

        Assert.NotNull(model);
        Assert.Equal(["Published"], model.Articles.Select(a => a.Title));
        Assert.Empty(bag.Sorted());
    }

    [Fact]
    public void Drafts_are_included_when_asked_for()
    {
        var model = new ArchiveModelBuilder(new DiagnosticBag(), includeDrafts: true).Build(Set([Draft, Published]));

        Assert.NotNull(model);
        Assert.Equal(["Draft", "Published"], model.Articles.Select(a => a.Title));
        Assert.True(model.Articles[0].Draft);
    }

    [Fact]
    public void A_draft_with_errors_is_still_reported_when_drafts_are_left_out()
    {
        var bag = new DiagnosticBag();
        var broken = Sources.Lines("articles/2014/10/broken.md", "---", "title: Broken", "issue: 2014-10-28", "section: news", "draft: true", "---");

        new ArchiveModelBuilder(bag, includeDrafts: false).Build(Set([broken]));

        Assert.Equal(
            ["site-content/articles/2014/10/broken.md:3:8: error: unknown issue '2014-10-28'; did you mean '2014-10-29'?"],
            bag.Printed());
    }

    [Fact]
    public void Articles_resolve_against_the_site_issues_and_topics_that_were_loaded()
    {
        var model = new ArchiveModelBuilder(new DiagnosticBag(), includeDrafts: false).Build(Set([Published]));

        Assert.NotNull(model);
        Assert.Equal(["news", "history"], model.Site.Sections.Select(s => s.Id));
        Assert.Equal([0, 1], model.Site.Sections.Select(s => s.Order));
        var article = Assert.Single(model.Articles);
        Assert.Equal("2014-10-29", article.Issue?.Id);
        Assert.Equal("news", article.Section?.Id);
        Assert.Equal(["russia"], article.Topics.Select(t => t.Id));
    }

    [Fact]
    public void Two_issues_with_the_same_number_are_an_error_on_the_later_one()
    {
        var bag = new DiagnosticBag();
        var twin = Sources.Lines("issues/2014-11-05.md", "---", "title: Issue 2", "date: 2014-11-05", "number: 1", "---");

        new ArchiveModelBuilder(bag, includeDrafts: false).Build(Set([], [Issue, twin]));

        Assert.Equal(
            ["site-content/issues/2014-11-05.md:1:1: error: issue number 1 is also used by issue '2014-10-29'; each issue needs its own number"],
            bag.Printed());
    }

    [Fact]
    public void Articles_keep_the_order_they_were_loaded_in()
    {
        var articles = Enumerable.Range(0, 40)
            .Select(i => Sources.Lines($"articles/2014/10/a{i:D2}.md", "---", $"title: A{i:D2}", "date: 2014-10-29", "---"))
            .ToList();

        var model = new ArchiveModelBuilder(new DiagnosticBag(), includeDrafts: false).Build(Set(articles));

        Assert.Equal(articles.Select(a => a.SitePath), model?.Articles.Select(a => a.SourcePath));
    }

    [Fact]
    public void Without_a_site_yml_there_is_no_model()
    {
        var set = Set([Published]) with { SiteConfig = null };

        Assert.Null(new ArchiveModelBuilder(new DiagnosticBag(), includeDrafts: false).Build(set));
    }
}
