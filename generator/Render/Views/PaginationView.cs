namespace Broadsheet.Render.Views;

/// <summary>The page links of a paginated list: previous, next, and numbers (with gaps in a long list).</summary>
public sealed record PaginationView(int Number, int Count, string? PreviousUrl, string? NextUrl, IReadOnlyList<PageNumberView> Pages);

/// <summary>One numbered page link, or a gap ("…") where numbers are left out.</summary>
public sealed record PageNumberView(int Number, string Url, bool Current, bool Gap);
