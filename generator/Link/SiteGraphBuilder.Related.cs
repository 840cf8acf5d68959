namespace Broadsheet.Link;

/// <summary>Related articles: those sharing the most topics, nearest in date, then by path, so the choice is stable.</summary>
public sealed partial class SiteGraphBuilder
{
    public const int RelatedCount = 5;

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

                article.Related = Best(i, scratch.Shared, scratch.Touched, days, pathRank).Select(b => articles[b]).ToList();
                foreach (var other in scratch.Touched)
                {
                    scratch.Shared[other] = 0;
                }

                scratch.Touched.Clear();
                return scratch;
            },
            _ => { });
    }

    /// <summary>The five best candidates: most shared topics, then nearest in date, then first by source path.</summary>
    private static List<int> Best(int self, int[] shared, List<int> touched, int[] days, int[] pathRank)
    {
        var best = new List<int>(RelatedCount + 1);
        foreach (var candidate in touched)
        {
            var position = best.Count;
            while (position > 0 && Better(candidate, best[position - 1]))
            {
                position--;
            }

            if (position < RelatedCount)
            {
                best.Insert(position, candidate);
                if (best.Count > RelatedCount)
                {
                    best.RemoveAt(RelatedCount);
                }
            }
        }

        return best;

        bool Better(int a, int b)
        {
            if (shared[a] != shared[b])
            {
                return shared[a] > shared[b];
            }

            var nearA = Math.Abs(days[a] - days[self]);
            var nearB = Math.Abs(days[b] - days[self]);
            return nearA != nearB ? nearA < nearB : pathRank[a] < pathRank[b];
        }
    }
}
