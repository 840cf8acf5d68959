namespace Broadsheet.Search;

/// <summary>Everything the search index is built from: the articles, newest first, and the values they can be filtered by.</summary>
/// <param name="English">Whether the site's language is English, so words are stemmed.</param>
public sealed record SearchCorpus(
    bool English,
    IReadOnlyList<SearchFacet> Sections,
    IReadOnlyList<SearchFacet> Topics,
    IReadOnlyList<SearchFacet> Authors,
    IReadOnlyList<SearchDocument> Documents);
