namespace Broadsheet.Render.Views;

/// <summary>What <c>home.html</c> sees: the latest issue, the latest articles, and every issue and topic.</summary>
public sealed record HomeView(
    IssueView? LatestIssue,
    IReadOnlyList<ArticleLinkView> Latest,
    IReadOnlyList<YearView> Years,
    IReadOnlyList<TopicLinkView> Topics);
