using Broadsheet.Model;

namespace Broadsheet.Graph;

/// <summary>
/// Which promotions each article and topic page shows: those sharing a topic with it, or (an article) its section. The
/// most matches first (each shared topic counts one, and so does the section), then by id; at most three.
/// </summary>
public sealed partial class SiteGraphBuilder
{
    public const int PromoCount = 3;

    private static void LinkPromos(IReadOnlyList<Promo> promos, List<ArticleNode> articles, List<TopicNode> topics)
    {
        if (promos.Count == 0)
        {
            return;
        }

        foreach (var article in articles)
        {
            article.Promos = Matching(promos, article.Article.Topics, article.Article.Section);
        }

        foreach (var topic in topics)
        {
            topic.Promos = Matching(promos, [topic.Topic], null);
        }
    }

    private static List<Promo> Matching(IReadOnlyList<Promo> promos, IReadOnlyList<Topic> topics, Section? section) =>
        promos
            .Select(p => (Promo: p, Matches: p.Topics.Count(t => topics.Any(o => o.Id == t.Id)) + (section is not null && p.Sections.Any(s => s.Id == section.Id) ? 1 : 0)))
            .Where(m => m.Matches > 0)
            .OrderByDescending(m => m.Matches)
            .ThenBy(m => m.Promo.Id, StringComparer.Ordinal)
            .Take(PromoCount)
            .Select(m => m.Promo)
            .ToList();
}
