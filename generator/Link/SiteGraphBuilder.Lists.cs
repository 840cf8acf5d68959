using Broadsheet.Model;

namespace Broadsheet.Link;

/// <summary>Topics, authors and the A–Z listing: the lists an article appears in besides its issue.</summary>
public sealed partial class SiteGraphBuilder
{
    private static List<TopicNode> BuildTopics(ArchiveModel model, List<ArticleNode> newestFirst)
    {
        var byTopic = newestFirst
            .SelectMany(a => a.Article.Topics.Select(t => (Topic: t.Id, Article: a)))
            .ToLookup(x => x.Topic, x => x.Article, StringComparer.Ordinal);
        return model.Topics
            .OrderBy(t => t.Title, StringComparer.OrdinalIgnoreCase)
            .ThenBy(t => t.Id, StringComparer.Ordinal)
            .Select(t => new TopicNode(t, OutputPath.Of(t), byTopic[t.Id].ToList()))
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
        var byTitle = Comparer<ArticleNode>.Create((a, b) =>
        {
            var c = index.Compare(a.Article.Title, b.Article.Title);
            return c != 0 ? c : string.CompareOrdinal(a.Article.SourcePath, b.Article.SourcePath);
        });
        return articles
            .GroupBy(a => TitleIndex.Initial(a.Article.Title))
            .OrderBy(g => g.Key.Title, Comparer<string>.Create(index.CompareInitials))
            .Select(g => new LetterNode(g.Key.Key, g.Key.Title, OutputPath.OfLetter(g.Key.Key), g.Order(byTitle).ToList()))
            .ToList();
    }
}
