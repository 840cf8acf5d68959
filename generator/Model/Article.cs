using Broadsheet.Common;

namespace Broadsheet.Model;

/// <summary>One article, validated, with its references resolved.</summary>
/// <param name="SourcePath">The file's path inside the source folder, e.g. <c>articles/2014/10/x.md</c>.</param>
/// <param name="Issue">The issue it was printed in; null for a web-only article.</param>
/// <param name="Position">Its place in its section of the printed issue (the page, or the rank): first the lowest; null when not given.</param>
public sealed record Article(
    string SourcePath,
    [property: MessagesOnly] string DisplayPath,
    string Title,
    string? Subtitle,
    IReadOnlyList<Author> Authors,
    DateOnly Date,
    Issue? Issue,
    Section? Section,
    IReadOnlyList<Topic> Topics,
    ArticleImage? Image,
    string? Summary,
    string Slug,
    IReadOnlyList<LegacyUrl> Aliases,
    bool Draft,
    MarkdownText Body,
    int? Position = null)
{
    /// <summary>Its audio edition, played under the standfirst; null when it has none.</summary>
    public AudioFile? Audio { get; init; }

    /// <summary>The links its editor listed under <c>related:</c>, in their order: shown before the related articles worked out from topics.</summary>
    public IReadOnlyList<RelatedLink> Related { get; init; } = [];
}
