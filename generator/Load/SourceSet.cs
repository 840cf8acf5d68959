namespace Broadsheet.Load;

/// <summary>Everything the Load stage read from a source folder, each list sorted by path.</summary>
public sealed record SourceSet(
    SourceFile? SiteConfig,
    IReadOnlyList<SourceFile> Issues,
    IReadOnlyList<SourceFile> Topics,
    IReadOnlyList<SourceFile> Authors,
    IReadOnlyList<ArticleSource> Articles,
    IReadOnlyList<StaticFile> StaticFiles);
