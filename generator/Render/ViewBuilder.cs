using Broadsheet.Link;
using Broadsheet.Model;
using Broadsheet.Render.Markdown;
using Broadsheet.Render.Views;

namespace Broadsheet.Render;

/// <summary>Builds the plain views templates see, with every URL made relative to the page being rendered.</summary>
public sealed class ViewBuilder(SiteGraph graph, MarkdownConverter converter, SummaryCache summaries, DateFormatter dates)
{
    public SiteView Site() => new(graph.Site.Title, graph.Site.Language);

    public static PageView Page(Page page, string title, string kind) => new(
        title,
        kind,
        RelativeUrl.ToRoot(page.OutputPath),
        RelativeUrl.Between(page.OutputPath, OutputPath.Home),
        RelativeUrl.Between(page.OutputPath, OutputPath.IssuesIndex),
        RelativeUrl.Between(page.OutputPath, OutputPath.TopicsIndex),
        RelativeUrl.Between(page.OutputPath, "assets/style.css"));

    public ArticleView Article(ArticlePage page)
    {
        var node = page.Article;
        var article = node.Article;
        return new ArticleView(
            article.Title,
            article.Subtitle,
            article.Authors.Select(a => a.Name).ToList(),
            Byline(article),
            dates.ForReaders(article.Date),
            DateFormatter.Iso(article.Date),
            node.Issue is null ? null : IssueLink(page, node.Issue),
            article.Section?.Title,
            article.Topics.Select(t => new LinkView(t.Title, RelativeUrl.Between(page.OutputPath, OutputPath.Of(t)))).ToList(),
            article.Image is { } image
                ? new ImageView(RelativeUrl.Between(page.OutputPath, image.Path), image.Alt, image.Caption)
                : null,
            new RawHtml(converter.ToHtml(new MarkdownPage(article.Body, article.SourcePath, page.OutputPath))),
            node.Previous is null ? null : ArticleLink(page, node.Previous),
            node.Next is null ? null : ArticleLink(page, node.Next));
    }

    public IssueView Issue(Page page, IssueNode node)
    {
        var issue = node.Issue;
        return new IssueView(
            issue.Title,
            RelativeUrl.Between(page.OutputPath, node.OutputPath),
            issue.Number,
            dates.ForReaders(issue.Date),
            DateFormatter.Iso(issue.Date),
            issue.Note.IsEmpty ? null : new RawHtml(converter.ToHtml(new MarkdownPage(issue.Note, $"issues/{issue.Id}.md", page.OutputPath))),
            issue.Pdf is null ? null : RelativeUrl.Between(page.OutputPath, issue.Pdf),
            node.Sections
                .Select(s => new SectionView(s.Section.Id, s.Section.Title, s.Articles.Select(a => ArticleLink(page, a)).ToList()))
                .ToList(),
            node.Previous is null ? null : IssueLink(page, node.Previous),
            node.Next is null ? null : IssueLink(page, node.Next));
    }

    public TopicView Topic(TopicPage page)
    {
        var topic = page.Topic.Topic;
        return new TopicView(
            topic.Title,
            topic.Description,
            topic.Introduction.IsEmpty
                ? null
                : new RawHtml(converter.ToHtml(new MarkdownPage(topic.Introduction, $"topics/{topic.Id}.md", page.OutputPath))),
            page.Topic.Articles.Select(a => ArticleLink(page, a)).ToList());
    }

    public HomeView Home(Page page, int latestCount) => new(
        graph.IssuesNewestFirst.Count > 0 ? Issue(page, graph.IssuesNewestFirst[0]) : null,
        graph.ArticlesNewestFirst.Take(latestCount).Select(a => ArticleLink(page, a)).ToList(),
        Years(page),
        TopicLinks(page));

    public IReadOnlyList<YearView> Years(Page page) =>
        graph.IssuesNewestFirst
            .GroupBy(i => i.Issue.Date.Year)
            .Select(g => new YearView(g.Key, g.Select(i => IssueLink(page, i)).ToList()))
            .ToList();

    public IReadOnlyList<TopicLinkView> TopicLinks(Page page) =>
        graph.Topics
            .Select(t => new TopicLinkView(t.Topic.Title, RelativeUrl.Between(page.OutputPath, t.OutputPath), t.Topic.Description, t.Articles.Count))
            .ToList();

    private ArticleLinkView ArticleLink(Page page, ArticleNode node)
    {
        var article = node.Article;
        return new ArticleLinkView(
            article.Title,
            article.Subtitle,
            RelativeUrl.Between(page.OutputPath, node.OutputPath),
            Byline(article),
            dates.ForReaders(article.Date),
            DateFormatter.Iso(article.Date),
            article.Section?.Title,
            summaries.Of(node));
    }

    private IssueLinkView IssueLink(Page page, IssueNode node) => new(
        node.Issue.Title,
        RelativeUrl.Between(page.OutputPath, node.OutputPath),
        node.Issue.Number,
        dates.ForReaders(node.Issue.Date),
        DateFormatter.Iso(node.Issue.Date),
        node.Sections.Sum(s => s.Articles.Count));

    private static string Byline(Article article) => article.Authors.Count switch
    {
        0 => "",
        1 => article.Authors[0].Name,
        _ => string.Join(", ", article.Authors.Take(article.Authors.Count - 1).Select(a => a.Name))
            + " and " + article.Authors[^1].Name,
    };
}
