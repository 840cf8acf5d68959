namespace Broadsheet.Render.Views;

/// <summary>What <c>search.html</c> sees: the scripts that search, how many articles there are, and the filters' choices.</summary>
/// <param name="ScriptUrl">assets/search.js, relative to the page.</param>
/// <param name="IndexUrl">The index's first file (search/index.js), relative to the page; the script loads the rest beside it.</param>
/// <param name="Years">Every year that has articles, oldest first, for the year range.</param>
/// <param name="Strings">The messages of the search script in the site's language, as JSON for a script element.</param>
public sealed record SearchView(
    string ScriptUrl,
    string IndexUrl,
    int ArticleCount,
    IReadOnlyList<OptionView> Sections,
    IReadOnlyList<OptionView> Topics,
    IReadOnlyList<OptionView> Authors,
    IReadOnlyList<int> Years,
    RawHtml Strings);
