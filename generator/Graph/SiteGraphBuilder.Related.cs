namespace Broadsheet.Graph;

/// <summary>
/// Related articles: those its editor picked (<c>related:</c>), then those sharing the most topics, nearest in date, then
/// by path, so the choice is stable.
/// </summary>
public sealed partial class SiteGraphBuilder
{
    public const int RelatedCount = 5;

    /// <summary>Each article's picked links, its articles found by their source files; one not built in this build (a draft) is left out.</summary>
    private static void LinkPicked(List<ArticleNode> articles, Dictionary<string, ArticleNode> bySourcePath)
    {
        foreach (var node in articles.Where(a => a.Article.Related.Count > 0))
        {
            node.Picked = node.Article.Related
                .Select(l => l.SourcePath is null
                    ? new PickedLink(null, l.Title!, l.Url)
                    : bySourcePath.TryGetValue(l.SourcePath, out var target) ? new PickedLink(target, target.Article.Title, null) : null)
                .OfType<PickedLink>()
                .ToList();
        }
    }

    /// <summary>
    /// Counts shared topics in a plain array per worker rather than a dictionary per article: a popular topic has
    /// thousands of articles, and this runs once for every article of the archive.
    /// </summary>
    private static void LinkRelated(List<ArticleNode> articles)
    {
        var byTopic = articles
            .SelectMany((a, i) => a.Article.Topics.Select(t => (Topic: t.Id, Index: i)))
            .GroupBy(x => x.Topic, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Index).ToArray(), StringComparer.Ordinal);

        var index = new Dictionary<ArticleNode, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < articles.Count; i++)
        {
            index[articles[i]] = i;
        }

        var days = articles.Select(a => a.Article.Date.DayNumber).ToArray();
        var pathRank = new int[articles.Count];
        var byPath = Enumerable.Range(0, articles.Count).OrderBy(i => articles[i].Article.SourcePath, StringComparer.Ordinal).ToArray();
        for (var rank = 0; rank < byPath.Length; rank++)
        {
            pathRank[byPath[rank]] = rank;
        }

        Parallel.ForEach(
            Enumerable.Range(0, articles.Count),
            () => (Shared: new int[articles.Count], Touched: new List<int>()),
            (i, _, scratch) =>
            {
                var article = articles[i];
                foreach (var topic in article.Article.Topics)
                {
                    foreach (var other in byTopic[topic.Id])
                    {
                        if (other != i && scratch.Shared[other]++ == 0)
                        {
                            scratch.Touched.Add(other);
                        }
                    }
                }

                // What the editor picked is listed already: no shared topic makes it a candidate.
                foreach (var picked in article.Picked.Where(p => p.Article is not null))
                {
                    scratch.Shared[index[picked.Article!]] = 0;
                }

                article.Related = Best(i, scratch.Shared, scratch.Touched, days, pathRank, byPath).Select(b => articles[b]).ToArray();
                foreach (var other in scratch.Touched)
                {
                    scratch.Shared[other] = 0;
                }

                scratch.Touched.Clear();
                return scratch;
            },
            _ => { });
    }

    // A candidate's place in the order, as one number: shared topics, then closeness in days, then the inverted path rank.
    // Every DateOnly's day number fits in 22 bits; 24 bits rank 16 million articles; 18 bits are left for shared topics.
    private const int PathBits = 24;
    private const int DayBits = 22;
    private const ulong PathMask = (1UL << PathBits) - 1;
    private const ulong DayMask = (1UL << DayBits) - 1;

    /// <summary>
    /// The five best candidates: most shared topics, then nearest in date, then first by source path. Each candidate's
    /// place in that order is packed into one number, so a candidate that cannot make the five costs one comparison.
    /// </summary>
    private static int[] Best(int self, int[] shared, List<int> touched, int[] days, int[] pathRank, int[] byPath)
    {
        Span<ulong> best = stackalloc ulong[RelatedCount];
        var count = 0;
        foreach (var candidate in touched)
        {
            if (shared[candidate] == 0)
            {
                continue;
            }

            var closeness = DayMask - (ulong)Math.Abs(days[candidate] - days[self]);
            var key = ((ulong)shared[candidate] << (DayBits + PathBits)) | (closeness << PathBits) | (PathMask - (ulong)pathRank[candidate]);
            if (count == RelatedCount && key <= best[RelatedCount - 1])
            {
                continue;
            }

            var position = Math.Min(count, RelatedCount - 1);
            while (position > 0 && key > best[position - 1])
            {
                best[position] = best[position - 1];
                position--;
            }

            best[position] = key;
            count = Math.Min(count + 1, RelatedCount);
        }

        var chosen = new int[count];
        for (var i = 0; i < count; i++)
        {
            chosen[i] = byPath[(int)(PathMask - (best[i] & PathMask))];
        }

        return chosen;
    }
}
