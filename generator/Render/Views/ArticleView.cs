namespace Broadsheet.Render.Views;

/// <summary>What <c>article.html</c> sees: one article, its body rendered, and its neighbours in its issue.</summary>
public sealed record ArticleView(
    string Title,
    string? Subtitle,
    IReadOnlyList<string> Authors,
    string Byline,
    string Date,
    string DateIso,
    IssueLinkView? Issue,
    string? Section,
    IReadOnlyList<LinkView> Topics,
    ImageView? Image,
    RawHtml Body,
    ArticleLinkView? Previous,
    ArticleLinkView? Next);
