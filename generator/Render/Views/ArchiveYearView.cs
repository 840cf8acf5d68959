namespace Broadsheet.Render.Views;

/// <summary>A year of the date archive: what <c>year.html</c> sees, and each entry of <c>archive.html</c>.</summary>
public sealed record ArchiveYearView(int Year, string Url, int Count, IReadOnlyList<MonthLinkView> Months, IReadOnlyList<IssueLinkView> Issues);

/// <summary>A month as the archive lists it: "August 2021 (32)".</summary>
public sealed record MonthLinkView(string Title, string Url, int Count);
