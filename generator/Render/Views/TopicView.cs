namespace Broadsheet.Render.Views;

/// <summary>What <c>topic.html</c> sees: a topic and its articles, newest first.</summary>
public sealed record TopicView(string Title, string? Description, RawHtml? Introduction, IReadOnlyList<ArticleLinkView> Articles);
