namespace Broadsheet.Render.Views;

/// <summary>The issues of one year, newest first.</summary>
public sealed record YearView(int Year, IReadOnlyList<IssueLinkView> Issues);
