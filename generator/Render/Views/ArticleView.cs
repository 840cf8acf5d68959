namespace Broadsheet.Render.Views;

/// <summary>What <c>article.html</c> sees: one article, its body rendered, and the ways on from it.</summary>
/// <param name="AlsoInSection">The other articles of its section in the same issue.</param>
/// <param name="RelatedLinks">The links its editor picked (<c>related:</c>), shown first.</param>
/// <param name="Related">Up to five articles sharing the most topics, none of them picked.</param>
/// <param name="Audio">Its audio edition; null when it has none.</param>
/// <param name="Promos">Up to three promotions sharing its topics or section.</param>
public sealed record ArticleView(
    string Title,
    string? Subtitle,
    IReadOnlyList<LinkView> Authors,
    string Byline,
    string Date,
    string DateIso,
    LinkView Month,
    IssueLinkView? Issue,
    string? Section,
    IReadOnlyList<LinkView> Topics,
    ImageView? Image,
    RawHtml Body,
    ArticleLinkView? Previous,
    ArticleLinkView? Next,
    IReadOnlyList<ArticleLinkView> AlsoInSection,
    IReadOnlyList<RelatedLinkView> RelatedLinks,
    IReadOnlyList<ArticleLinkView> Related,
    AudioView? Audio,
    IReadOnlyList<PromoView> Promos);
