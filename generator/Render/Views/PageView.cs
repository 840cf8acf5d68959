namespace Broadsheet.Render.Views;

/// <summary>What every template sees about the page being rendered: its title, kind and the links of the frame.</summary>
/// <param name="Kind">home, issue, article, topic, issues or topics: lets the navigation mark where the reader is.</param>
/// <param name="Root">The relative prefix from this page to the site root: "" or "../../".</param>
public sealed record PageView(
    string Title,
    string Kind,
    string Root,
    string HomeUrl,
    string IssuesUrl,
    string TopicsUrl,
    string CssUrl);
