using Broadsheet.Graph;
using Broadsheet.Render.Markdown;
using Broadsheet.Render.Views;

namespace Broadsheet.Render;

/// <summary>Views of articles and issues.</summary>
public sealed partial class ViewBuilder
{
    public ArticleView Article(ArticlePage page)
    {
        var node = page.Article;
        var article = node.Article;
        string Url(string path) => RelativeUrl.Between(page.OutputPath, path);
        var body = new RawHtml(
            () =>
            {
                var converted = converter.Convert(new MarkdownPage(article.Body, article.SourcePath, page.OutputPath));
                summaries.Remember(node, converted.Summary);
                bodyConverted?.Invoke(node, converted);
                return converted.Html;
            },
            () => bodyKeys?.Of(node),
            article.Body);
        return new ArticleView(
            article.Title,
            article.Subtitle,
            article.Authors.Select(a => new LinkView(a.Name, Url(OutputPath.Of(a)))).ToList(),
            Byline(article),
            dates.ForReaders(article.Date),
            DateFormatter.Iso(article.Date),
            new LinkView(dates.Month(article.Date.Year, article.Date.Month), Url(OutputPath.OfMonth(article.Date.Year, article.Date.Month))),
            node.Issue is null ? null : IssueLink(page, node.Issue),
            article.Section?.Title,
            article.Topics.Select(t => new LinkView(t.Title, Url(OutputPath.Of(t)))).ToList(),
            article.Image is { } image ? PictureViews.Column(graph, page.OutputPath, image.Path, image.Alt, image.Caption) : null,
            body,
            node.Previous is null ? null : ArticleLink(page, node.Previous),
            node.Next is null ? null : ArticleLink(page, node.Next),
            ArticleLinks(page, node.AlsoInSection),
            node.Picked.Select(p => RelatedLink(page, p)).ToList(),
            ArticleLinks(page, node.Related),
            Audio(page, article.Audio),
            Promos(page, node.Promos));
    }

    private RelatedLinkView RelatedLink(Page page, PickedLink picked)
    {
        if (picked.Article is not { } node)
        {
            return new RelatedLinkView(picked.Title, picked.Url!, null, null, null);
        }

        var article = node.Article;
        return new RelatedLinkView(
            article.Title,
            RelativeUrl.Between(page.OutputPath, node.OutputPath),
            dates.ForReaders(article.Date),
            DateFormatter.Iso(article.Date),
            Thumbnail(page, article));
    }

    /// <summary>The breadcrumbs of an article: its issue and section, or its month for a web-only article.</summary>
    public IReadOnlyList<(string, string?)> ArticleTrail(ArticlePage page)
    {
        var node = page.Article;
        var date = node.Article.Date;
        return node.Issue is { } issue
            ? [(strings.Text("nav_issues"), OutputPath.IssuesIndex), (issue.Issue.Title, issue.OutputPath), (node.Article.Title, null)]
            : [(strings.Text("nav_archive"), OutputPath.ArchiveIndex), (dates.Month(date.Year, date.Month), OutputPath.OfMonth(date.Year, date.Month)), (node.Article.Title, null)];
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
            Markdown(issue.Note, $"issues/{issue.Id}.md", page),
            issue.Pdf is null ? null : RelativeUrl.Between(page.OutputPath, issue.Pdf),
            RelativeUrl.Between(page.OutputPath, OutputPath.EpubOf(issue)),
            node.Sections.Select(s => new SectionView(s.Section.Id, s.Section.Title, ArticleLinks(page, s.Articles))).ToList(),
            node.Previous is null ? null : IssueLink(page, node.Previous),
            node.Next is null ? null : IssueLink(page, node.Next),
            Audio(page, issue.Audio));
    }

    private static AudioView? Audio(Page page, Model.AudioFile? audio) =>
        audio is null ? null : new AudioView(RelativeUrl.Between(page.OutputPath, audio.Path), audio.MediaType, audio.Format);

    public IReadOnlyList<IssueYearView> IssueYears(Page page) =>
        graph.IssuesNewestFirst
            .GroupBy(i => i.Issue.Date.Year)
            .Select(g => new IssueYearView(g.Key, g.Select(i => IssueLink(page, i)).ToList()))
            .ToList();

    public HomeView Home(Page page, int latestCount) => new(
        graph.IssuesNewestFirst.Count > 0 ? Issue(page, graph.IssuesNewestFirst[0]) : null,
        ArticleLinks(page, graph.ArticlesNewestFirst.Take(latestCount)),
        IssueYears(page),
        TopicLinks(page));
}
