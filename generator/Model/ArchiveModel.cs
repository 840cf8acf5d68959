namespace Broadsheet.Model;

/// <summary>The validated content of an archive: what the Graph stage builds the site from.</summary>
public sealed record ArchiveModel(
    Site Site,
    IReadOnlyList<Issue> Issues,
    IReadOnlyList<Topic> Topics,
    IReadOnlyList<Author> Authors,
    IReadOnlyList<Article> Articles,
    IReadOnlyList<Load.StaticFile> StaticFiles)
{
    /// <summary>The promotions of <c>promos/</c>, by id.</summary>
    public IReadOnlyList<Promo> Promos { get; init; } = [];

    /// <summary>The paper's own pages, by file name.</summary>
    public IReadOnlyList<PaperPage> PaperPages { get; init; } = [];
}
