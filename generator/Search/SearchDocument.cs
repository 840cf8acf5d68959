namespace Broadsheet.Search;

/// <summary>One article as the search index sees it: what is shown in a result, what filters it, and its text.</summary>
/// <param name="Url">The article's page, relative to the search page.</param>
/// <param name="Section">The index of its section in <see cref="SearchCorpus.Sections"/>, or -1 for none.</param>
/// <param name="Topics">Indexes into <see cref="SearchCorpus.Topics"/>.</param>
/// <param name="Authors">Indexes into <see cref="SearchCorpus.Authors"/>.</param>
/// <param name="Meta">The names that describe it, each searchable: authors, topics, section, issue.</param>
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
    IReadOnlyList<string> Meta)
{
    private Func<string>? _read;
    private string? _body;

    public SearchDocument(
        string url, string title, string? subtitle, string byline, string dateText, int year, int section,
        IReadOnlyList<int> topics, IReadOnlyList<int> authors, IReadOnlyList<string> meta, string body)
        : this(url, title, subtitle, byline, dateText, year, section, topics, authors, meta) => _body = body;

    /// <param name="readBody">Makes the body's plain text, when it is first asked for.</param>
    /// <param name="bodyHash">A hash of the body's Markdown, which with the other fields says what the text is made from.</param>
    public SearchDocument(
        string url, string title, string? subtitle, string byline, string dateText, int year, int section,
        IReadOnlyList<int> topics, IReadOnlyList<int> authors, IReadOnlyList<string> meta, Func<string> readBody, string bodyHash)
        : this(url, title, subtitle, byline, dateText, year, section, topics, authors, meta)
    {
        _read = readBody;
        BodyHash = bodyHash;
    }

    /// <summary>The body as plain text; once indexed (<see cref="SearchIndex.Corpus"/>), only the opening words a result shows.</summary>
    public string Body
    {
        get => _body ??= _read!();
        init
        {
            _body = value;
            _read = null;
        }
    }

    /// <summary>A hash of the body's Markdown, if known: an earlier build's analysis of the same document can then be reused.</summary>
    public string? BodyHash { get; }

    /// <summary>The lead image's thumbnail, which the result shows beside its title; null when the article has no photograph.</summary>
    public SearchThumbnail? Thumbnail { get; init; }
}

/// <summary>A result's thumbnail: its JPEG and WebP, relative to the search page, with their size and the alt text.</summary>
public sealed record SearchThumbnail(string Jpeg, string? Webp, int Width, int Height, string Alt);
