namespace Broadsheet.Render.Views;

/// <summary>What <c>home.html</c> sees: the latest issue, the latest articles, every issue and topic.</summary>
public sealed record HomeView(
    IssueView? LatestIssue,
    IReadOnlyList<ArticleLinkView> Latest,
    IReadOnlyList<IssueYearView> Years,
    IReadOnlyList<TopicLinkView> Topics);
