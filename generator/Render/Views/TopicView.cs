namespace Broadsheet.Render.Views;

/// <summary>What <c>topic.html</c> sees: one page of a topic's articles, newest first.</summary>
/// <param name="Promos">Up to three promotions of the topic.</param>
public sealed record TopicView(
    string Title,
    string? Description,
    RawHtml? Introduction,
    int Count,
    IReadOnlyList<ArticleLinkView> Articles,
    PaginationView Pagination,
    IReadOnlyList<PromoView> Promos);
