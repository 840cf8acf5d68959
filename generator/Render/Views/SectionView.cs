namespace Broadsheet.Render.Views;

/// <summary>One section of an issue's contents, with its articles.</summary>
public sealed record SectionView(string Id, string Title, IReadOnlyList<ArticleLinkView> Articles);
