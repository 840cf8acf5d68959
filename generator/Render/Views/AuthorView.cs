namespace Broadsheet.Render.Views;

/// <summary>What <c>author.html</c> sees: one page of an author's articles, newest first.</summary>
public sealed record AuthorView(string Name, string? Bio, int Count, IReadOnlyList<ArticleLinkView> Articles, PaginationView Pagination);
