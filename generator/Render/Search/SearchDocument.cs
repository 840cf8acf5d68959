namespace Broadsheet.Render.Search;

/// <summary>One article as the search index sees it: what is shown in a result, what filters it, and its text.</summary>
/// <param name="Url">The article's page, relative to the search page.</param>
/// <param name="Section">The index of its section in <see cref="SearchCorpus.Sections"/>, or -1 for none.</param>
/// <param name="Topics">Indexes into <see cref="SearchCorpus.Topics"/>.</param>
/// <param name="Authors">Indexes into <see cref="SearchCorpus.Authors"/>.</param>
/// <param name="Meta">The names that describe it, each searchable: authors, topics, section, issue.</param>
/// <param name="Body">The body as plain text; once indexed (<see cref="SearchIndex.Corpus"/>), only the opening words a result shows.</param>
public sealed record SearchDocument(
    string Url,
    string Title,
    string? Subtitle,
    string Byline,
    string DateText,
    int Year,
    int Section,
    IReadOnlyList<int> Topics,
    IReadOnlyList<int> Authors,
    IReadOnlyList<string> Meta,
    string Body);
