
namespace Broadsheet.Graph;

/// <summary>The link targets of a built graph: article pages and the paper's own pages by their source file, and static files.</summary>
public sealed class GraphLinkTargets(SiteGraph graph) : ILinkTargets
{
    private readonly HashSet<string> _static = graph.StaticFiles.Select(f => f.SitePath).ToHashSet(StringComparer.Ordinal);

    // As aliases are claimed: a server may not tell case apart.
    private readonly Dictionary<string, string> _aliases = graph.Pages.OfType<RedirectPage>()
        .ToDictionary(r => r.OutputPath, r => r.Target.OutputPath, StringComparer.OrdinalIgnoreCase);

    private readonly Dictionary<string, string> _paperPages = graph.PaperPages.ToDictionary(p => p.Content.SourcePath, p => p.OutputPath, StringComparer.Ordinal);

    public string? PageOfSource(string sourcePath) =>
        graph.ArticlesBySourcePath.TryGetValue(sourcePath, out var node) ? node.OutputPath : _paperPages.GetValueOrDefault(sourcePath);

    public bool IsStaticFile(string path) => _static.Contains(path);

    public Images.PlannedImage? Image(string path) => graph.Images.Find(path) is { } image && image.SitePath == path ? image : null;

    public string? PageOfAlias(string aliasPath) => _aliases.GetValueOrDefault(aliasPath);
}
