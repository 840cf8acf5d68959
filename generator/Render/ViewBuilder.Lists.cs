using Broadsheet.Graph;
using Broadsheet.Render.Views;

namespace Broadsheet.Render;

/// <summary>Views of topics, authors and the A–Z listing.</summary>
public sealed partial class ViewBuilder
{
    public TopicView Topic(TopicPage page)
    {
        var topic = page.Topic.Topic;
        return new TopicView(
            topic.Title,
            topic.Description,
            page.Paging.Number == 1 ? Markdown(topic.Introduction, $"topics/{topic.Id}.md", page) : null,
            page.Topic.Articles.Count,
            ArticleLinks(page, page.Articles),
            Pagination(page, page.Paging),
            Promos(page, page.Topic.Promos));
    }

    public IReadOnlyList<TopicLinkView> TopicLinks(Page page) =>
        graph.Topics
            .Select(t => new TopicLinkView(t.Topic.Title, RelativeUrl.Between(page.OutputPath, t.OutputPath), t.Topic.Description, t.Articles.Count))
            .ToList();

    public AuthorView Author(AuthorPage page) => new(
        page.Author.Author.Name,
        page.Author.Author.Bio,
        page.Author.Articles.Count,
        ArticleLinks(page, page.Articles),
        Pagination(page, page.Paging),
        page.Author.Author.Portrait is { } portrait ? PictureViews.Small(graph, page.OutputPath, portrait) : null);

    public IReadOnlyList<AuthorLinkView> AuthorLinks(Page page) =>
        graph.Authors
            .Select(a => new AuthorLinkView(a.Author.Name, RelativeUrl.Between(page.OutputPath, a.OutputPath), a.Articles.Count))
            .ToList();

    /// <summary>The A–Z listing as seen from <paramref name="page"/>; <paramref name="current"/> is the letter whose page this is.</summary>
    public AzView Az(Page page, LetterNode? current)
    {
        LetterView Letter(LetterNode letter, bool withTitles) => new(
            LetterTitle(letter),
            $"letter-{letter.Key}",
            graph.AzSplit
                ? RelativeUrl.Between(page.OutputPath, letter.OutputPath)
                : RelativeUrl.Between(page.OutputPath, OutputPath.AzIndex, $"letter-{letter.Key}"),
            letter.Articles.Count,
            withTitles ? ArticleLinks(page, letter.Articles) : []);

        return new AzView(
            graph.AzSplit,
            graph.Letters.Select(l => Letter(l, !graph.AzSplit)).ToList(),
            current is null ? null : Letter(current, withTitles: true));
    }

    /// <summary>An initial as the A–Z prints it: the letter, or the language's words for digits and other characters.</summary>
    private string LetterTitle(LetterNode letter) => letter.Key switch
    {
        "0-9" => strings.Text("az_digits"),
        "other" => strings.Text("az_other"),
        _ => letter.Title,
    };
}
