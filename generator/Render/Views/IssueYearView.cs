namespace Broadsheet.Render.Views;

/// <summary>The issues of one year, newest first.</summary>
public sealed record IssueYearView(int Year, IReadOnlyList<IssueLinkView> Issues);
