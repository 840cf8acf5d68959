namespace Broadsheet.Render.Views;

/// <summary>What <c>month.html</c> sees: a month's articles grouped by issue, then the web-only ones.</summary>
public sealed record MonthView(
    string Title,
    int Year,
    string YearUrl,
    int Count,
    IReadOnlyList<IssueGroupView> Issues,
    IReadOnlyList<ArticleLinkView> WebOnly,
    LinkView? Previous,
    LinkView? Next);

/// <summary>The articles of one issue on a month's page.</summary>
public sealed record IssueGroupView(IssueLinkView Issue, IReadOnlyList<ArticleLinkView> Articles);
