namespace Broadsheet.Render.Views;

/// <summary>What <c>author.html</c> sees: one page of an author's articles, newest first.</summary>
/// <param name="Portrait">The writer's photograph (its thumbnail's sizes), or drawing; null when there is none.</param>
public sealed record AuthorView(string Name, string? Bio, int Count, IReadOnlyList<ArticleLinkView> Articles, PaginationView Pagination, ImageView? Portrait = null);
