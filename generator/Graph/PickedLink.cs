namespace Broadsheet.Graph;

/// <summary>A link an editor listed under <c>related:</c>: an article of the site, or (with no article) a title and address elsewhere.</summary>
public sealed record PickedLink(ArticleNode? Article, string Title, string? Url);
