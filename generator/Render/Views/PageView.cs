namespace Broadsheet.Render.Views;

/// <summary>What every template sees about the page being rendered: its title, kind and the links of the frame.</summary>
/// <param name="Kind">home, issues, issue, topics, topic, authors, author, archive, year, month, a-z, letter, article, paper-page (a page of the paper's own), search, redirect or not-found.</param>
/// <param name="SearchUrl">The search page, to which the search form in the header sends its query.</param>
/// <param name="Root">The prefix from this page to the site root: "" or "../../" (or "/archive/" on the 404 page, which is only ever served).</param>
/// <param name="Path">The page's path in the site, e.g. <c>articles/2014/10/x.html</c>: printed on paper when there is no base URL.</param>
/// <param name="Canonical">The page's deployed address when the site has a base URL; else null.</param>
/// <param name="Feeds">The Atom feeds that belong to this page, for <c>&lt;link rel="alternate"&gt;</c>.</param>
/// <param name="Breadcrumbs">The trail from the home page; the last crumb is this page and has no URL.</param>
/// <param name="Share">Links that share this page (site.yml's <c>share:</c>); empty without a canonical address.</param>
public sealed record PageView(
    string Title,
    string Kind,
    string Path,
    string Root,
    string HomeUrl,
    string IssuesUrl,
    string TopicsUrl,
    string AuthorsUrl,
    string ArchiveUrl,
    string AzUrl,
    string SearchUrl,
    string CssUrl,
    string? Canonical,
    IReadOnlyList<LinkView> Feeds,
    IReadOnlyList<NavItemView> Nav,
    IReadOnlyList<LinkView> Breadcrumbs,
    IReadOnlyList<ShareLinkView> Share);
