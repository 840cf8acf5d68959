namespace Broadsheet.Graph;

/// <summary>Date archives: a page per year and per month, each month's articles grouped by issue.</summary>
public sealed partial class SiteGraphBuilder
{
    private static List<YearNode> BuildArchive(List<ArticleNode> newestFirst) =>
        newestFirst
            .GroupBy(a => a.Article.Date.Year)
            .OrderByDescending(y => y.Key)
            .Select(y => new YearNode(
                y.Key,
                OutputPath.OfYear(y.Key),
                y.GroupBy(a => a.Article.Date.Month)
                    .OrderByDescending(m => m.Key)
                    .Select(m => Month(y.Key, m.Key, m.ToList()))
                    .ToList()))
            .ToList();

    private static MonthNode Month(int year, int month, List<ArticleNode> articles)
    {
        // An article dated in this month may belong to an issue of another month (a late web version, say):
        // it is listed here under its issue all the same, since the month page is about when it was published.
        var issues = articles
            .Where(a => a.Issue is not null)
            .GroupBy(a => a.Issue!)
            .OrderByDescending(g => g.Key.Issue.Date.DayNumber)
            .ThenBy(g => g.Key.Issue.Id, StringComparer.Ordinal)
            .Select(g => new IssueGroup(g.Key, g.Key.Sections.SelectMany(s => s.Articles).Where(g.Contains).ToList()))
            .ToList();
        var webOnly = articles.Where(a => a.Issue is null).ToList();
        return new MonthNode(year, month, OutputPath.OfMonth(year, month), issues, webOnly);
    }
}
