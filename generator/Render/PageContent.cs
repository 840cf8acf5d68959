namespace Broadsheet.Render;

/// <summary>What a page shows: which template renders it, under which variable the template finds its view, and its trail.</summary>
/// <param name="Kind">The page kind templates see as <c>page.kind</c>, which also marks the current navigation entry.</param>
/// <param name="InLayout">Whether the page is wrapped in <c>layout.html</c>; a redirect page is complete in itself.</param>
/// <param name="Trail">The breadcrumbs after "Home"; the last names this page and has no path. Empty on index pages.</param>
public sealed record PageContent(
    string Template,
    string Kind,
    string Variable,
    object View,
    string Title,
    IReadOnlyList<(string Title, string? Path)> Trail,
    bool InLayout = true);
