using Broadsheet.Model;

namespace Broadsheet.Graph;

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
        // Plain loops: LINQ over every byline of a large archive was most of this stage's time.
        var byAuthor = new Dictionary<string, (Author Author, List<ArticleNode> Articles)>(StringComparer.Ordinal);
        foreach (var article in newestFirst)
        {
            foreach (var author in article.Article.Authors)
            {
                if (!byAuthor.TryGetValue(author.Id, out var entry))
                {
                    byAuthor[author.Id] = entry = (author, []);
                }

                entry.Articles.Add(article);
            }
        }

        return byAuthor.Values
            .Select(e => new AuthorNode(e.Author, OutputPath.Of(e.Author), e.Articles))
            .OrderBy(a => a.Author.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(a => a.Author.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The articles in A–Z order: by title as the site's language collates it, then by source path.</summary>
    private static List<ArticleNode> ByTitle(Site site, List<ArticleNode> articles)
    {
        var index = new TitleIndex(site.Language);

        // Each title's sort key (without "The", quotes and the like) made once, not twice in every comparison.
        var keys = new Dictionary<ArticleNode, string>(articles.Count, ReferenceEqualityComparer.Instance);
        foreach (var article in articles)
        {
            keys[article] = index.SortKey(article.Article.Title);
        }

        var sorted = articles.ToList();
        sorted.Sort((a, b) =>
        {
            var c = index.CompareKeys(keys[a], keys[b]);
            return c != 0 ? c : string.CompareOrdinal(a.Article.SourcePath, b.Article.SourcePath);
        });
        return sorted;
    }

    /// <summary>The A–Z listing's initials, in order, each with its articles in the order given.</summary>
    /// <param name="byTitle">Every article, in A–Z order (<see cref="ByTitle"/>).</param>
    private static List<LetterNode> BuildLetters(Site site, List<ArticleNode> byTitle)
    {
        var index = new TitleIndex(site.Language);
        return byTitle
            .GroupBy(a => index.Initial(a.Article.Title))
            .OrderBy(g => g.Key.Title, Comparer<string>.Create(index.CompareInitials))
            .Select(g => new LetterNode(g.Key.Key, g.Key.Title, OutputPath.OfLetter(g.Key.Key), g.ToList()))
            .ToList();
    }
}
