namespace Broadsheet.Render.Views;

/// <summary>What every template sees about the page being rendered: its title, kind and the links of the frame.</summary>
/// <param name="Kind">home, issues, issue, topics, topic, authors, author, archive, year, month, a-z, letter or article.</param>
/// <param name="Root">The relative prefix from this page to the site root: "" or "../../".</param>
/// <param name="Breadcrumbs">The trail from the home page; the last crumb is this page and has no URL.</param>
public sealed record PageView(
    string Title,
    string Kind,
    string Root,
    string HomeUrl,
    string IssuesUrl,
    string TopicsUrl,
    string AuthorsUrl,
    string ArchiveUrl,
    string AzUrl,
    string CssUrl,
    IReadOnlyList<NavItemView> Nav,
    IReadOnlyList<LinkView> Breadcrumbs);
