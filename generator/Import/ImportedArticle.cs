namespace Broadsheet.Import;

/// <summary>
/// One article as an importer found it, ready to be written as <c>articles/YYYY/MM/&lt;slug&gt;.md</c>.
/// </summary>
/// <param name="Origin">What the report names it by: a WordPress post id, a file of the input.</param>
/// <param name="OldUrls">Every address it had on the old site (absolute or from the root), for aliases and the URL map.</param>
/// <param name="SourceHtml">Its body as the source had it (HTML), for the fidelity check.</param>
public sealed record ImportedArticle(
    string Origin,
    string Title,
    DateOnly Date,
    string Slug,
    string Body,
    string SourceHtml)
{
    public string? Subtitle { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    public string? IssueId { get; init; }

    public string? SectionId { get; init; }

    public IReadOnlyList<string> Topics { get; init; } = [];

    public string? Image { get; init; }

    public string? ImageAlt { get; init; }

    public string? ImageCaption { get; init; }

    public string? Summary { get; init; }

    public IReadOnlyList<string> OldUrls { get; init; } = [];

    public bool Draft { get; init; }

    /// <summary>Images and links of the source body, counted for the fidelity check.</summary>
    public (int Images, int Links) SourceCounts { get; init; }

    /// <summary>Images and links of the converted body.</summary>
    public (int Images, int Links) BodyCounts { get; init; }

    /// <summary>The file it is written to, inside the source folder: <c>articles/2014/10/slug.md</c>.</summary>
    public string SitePath => ArticlePaths.SourcePath(Date, Slug);
}
