namespace Broadsheet.Link;

/// <summary>Related articles: those sharing the most topics, nearest in date, then by path, so the choice is stable.</summary>
public sealed partial class SiteGraphBuilder
{
    public const int RelatedCount = 5;

    private static void LinkRelated(List<ArticleNode> articles)
    {
        var byTopic = articles
            .SelectMany(a => a.Article.Topics.Select(t => (Topic: t.Id, Article: a)))
            .ToLookup(x => x.Topic, x => x.Article, StringComparer.Ordinal);
        Parallel.ForEach(articles, article =>
        {
            var shared = new Dictionary<ArticleNode, int>();
            foreach (var topic in article.Article.Topics)
            {
                foreach (var other in byTopic[topic.Id])
                {
                    if (other != article)
                    {
                        shared[other] = shared.GetValueOrDefault(other) + 1;
                    }
                }
            }

            var day = article.Article.Date.DayNumber;
            article.Related = shared
                .OrderByDescending(s => s.Value)
                .ThenBy(s => Math.Abs(s.Key.Article.Date.DayNumber - day))
                .ThenBy(s => s.Key.Article.SourcePath, StringComparer.Ordinal)
                .Take(RelatedCount)
                .Select(s => s.Key)
                .ToList();
        });
    }
}
