namespace Broadsheet.Search;

/// <summary>A value results can be filtered by: a section, a topic or an author, with the id used in the search page's address.</summary>
public sealed record SearchFacet(string Id, string Title);
