using Broadsheet.Graph;
using Broadsheet.Render.Views;

namespace Broadsheet.Render;

/// <summary>Views of the date archive: years and months.</summary>
public sealed partial class ViewBuilder
{
    public IReadOnlyList<ArchiveYearView> ArchiveYears(Page page) =>
        graph.Years.Select(y => ArchiveYear(page, y)).ToList();

    public ArchiveYearView ArchiveYear(Page page, YearNode year) => new(
        year.Year,
        RelativeUrl.Between(page.OutputPath, year.OutputPath),
        year.ArticleCount,
        year.Months.Select(m => new MonthLinkView(dates.Month(m.Year, m.Month), RelativeUrl.Between(page.OutputPath, m.OutputPath), m.ArticleCount)).ToList(),
        graph.IssuesNewestFirst.Where(i => i.Issue.Date.Year == year.Year).Select(i => IssueLink(page, i)).ToList());

    public MonthView Month(MonthPage page)
    {
        var month = page.Month;
        var all = graph.Years.SelectMany(y => y.Months).ToList();
        var index = all.IndexOf(month);
        LinkView? Link(MonthNode? m) =>
            m is null ? null : new LinkView(dates.Month(m.Year, m.Month), RelativeUrl.Between(page.OutputPath, m.OutputPath));
        return new MonthView(
            dates.Month(month.Year, month.Month),
            month.Year,
            RelativeUrl.Between(page.OutputPath, OutputPath.OfYear(month.Year)),
            month.ArticleCount,
            month.Issues.Select(g => new IssueGroupView(IssueLink(page, g.Issue), ArticleLinks(page, g.Articles))).ToList(),
            ArticleLinks(page, month.WebOnly),
            Link(index + 1 < all.Count ? all[index + 1] : null),
            Link(index > 0 ? all[index - 1] : null));
    }

    public string MonthTitle(MonthNode month) => dates.Month(month.Year, month.Month);
}
