namespace Broadsheet.Load;

/// <summary>Everything the Load stage read from a source folder, each list sorted by path.</summary>
public sealed record SourceSet(
    SourceFile? SiteConfig,
    IReadOnlyList<ParsedSource> Issues,
    IReadOnlyList<ParsedSource> Topics,
    IReadOnlyList<ParsedSource> Authors,
    IReadOnlyList<ParsedSource> Articles,
    IReadOnlyList<StaticFile> StaticFiles)
{
    /// <summary>The promotions of <c>promos/</c>: boxes of further reading shown beside the articles and topics they name.</summary>
    public IReadOnlyList<ParsedSource> Promos { get; init; } = [];
    /// <summary>The paper's own pages (<c>pages/about.md</c>): About, Contact, Subscribe.</summary>
    public IReadOnlyList<ParsedSource> PaperPages { get; init; } = [];
}
