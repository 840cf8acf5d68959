using System.Globalization;
using Broadsheet.Model;

namespace Broadsheet.Link;

/// <summary>Topics, authors and the A–Z listing: the lists an article appears in besides its issue.</summary>
public sealed partial class SiteGraphBuilder
{
    private static List<TopicNode> BuildTopics(ArchiveModel model, List<ArticleNode> newestFirst)
    {
        var byTopic = new Dictionary<string, List<ArticleNode>>(StringComparer.Ordinal);
        foreach (var article in newestFirst)
        {
            foreach (var topic in article.Article.Topics)
            {
                if (!byTopic.TryGetValue(topic.Id, out var list))
                {
                    byTopic[topic.Id] = list = [];
                }

                list.Add(article);
            }
        }

        return model.Topics
            .OrderBy(t => t.Title, StringComparer.OrdinalIgnoreCase)
            .ThenBy(t => t.Id, StringComparer.Ordinal)
            .Select(t => new TopicNode(t, OutputPath.Of(t), byTopic.GetValueOrDefault(t.Id) ?? []))
            .ToList();
    }

    /// <summary>An author page for every name in a byline, A–Z by name.</summary>
    private static List<AuthorNode> BuildAuthors(List<ArticleNode> newestFirst)
    {
        var byAuthor = newestFirst
            .SelectMany(a => a.Article.Authors.Select(author => (Author: author, Article: a)))
            .GroupBy(x => x.Author.Id, StringComparer.Ordinal);
        return byAuthor
            .Select(g => new AuthorNode(g.First().Author, OutputPath.Of(g.First().Author), g.Select(x => x.Article).ToList()))
            .OrderBy(a => a.Author.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(a => a.Author.Id, StringComparer.Ordinal)
            .ToList();
    }

    private static List<LetterNode> BuildLetters(Site site, List<ArticleNode> articles)
    {
        var index = new TitleIndex(site.Language);

        // Each title's sort key is made once, not twice in each of the comparisons a sort makes.
        var keys = articles.ToDictionary(a => a, a => index.KeyOf(a.Article.Title));
        var byTitle = Comparer<ArticleNode>.Create((a, b) =>
        {
            var c = SortKey.Compare(keys[a], keys[b]);
            return c != 0 ? c : string.CompareOrdinal(a.Article.SourcePath, b.Article.SourcePath);
        });
        return articles
            .GroupBy(a => TitleIndex.Initial(a.Article.Title))
            .OrderBy(g => g.Key.Title, Comparer<string>.Create(index.CompareInitials))
            .Select(g => new LetterNode(g.Key.Key, g.Key.Title, OutputPath.OfLetter(g.Key.Key), g.Order(byTitle).ToList()))
            .ToList();
    }
}
