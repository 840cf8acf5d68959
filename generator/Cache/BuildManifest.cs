using Broadsheet.Diagnostics;
using Broadsheet.Render.Markdown;
using Broadsheet.Write;

namespace Broadsheet.Cache;

/// <summary>What one successful build leaves in the cache for the next: what it was built from and what it wrote.</summary>
/// <param name="GeneratorKey">Which build of Broadsheet and its libraries made it.</param>
/// <param name="InputsKey">A hash of the options and of every source file's path, size and time: equal means nothing changed.</param>
/// <param name="Outputs">Every file written, by its path in the output.</param>
/// <param name="Queries">What each article body's links asked while it was converted, by source path.</param>
/// <param name="Summary">The counts the build reported, to report again when nothing changed.</param>
/// <param name="Warnings">The warnings the build reported, to report again when nothing changed.</param>
/// <param name="Prose">The model's shape and the hash of each Markdown text, to tell which pages may have changed without making their views.</param>
/// <param name="Orders">The site graph's related articles and A–Z order (<see cref="Graph.SiteGraph.Orders"/>), for a model of the same shape.</param>
public sealed record BuildManifest(
    string GeneratorKey,
    string InputsKey,
    IReadOnlyDictionary<string, OutputEntry> Outputs,
    IReadOnlyDictionary<string, IReadOnlyList<LinkQuery>> Queries,
    BuildCounts Summary,
    IReadOnlyList<Diagnostic> Warnings,
    ModelProse Prose,
    Graph.GraphOrders Orders)
{
    /// <summary>The hash of the summary cut from each article body, by the body's hash (see <see cref="Render.SummaryCache"/>).</summary>
    public IReadOnlyDictionary<string, string> Summaries { get; init; } = new Dictionary<string, string>();
}

/// <summary>
/// What a manifest starts with: enough to tell that nothing changed since (the inputs, and the output's files by
/// <see cref="OutputsStamp"/>), and to report that build again, without reading the rest.
/// </summary>
/// <param name="OutputsStamp">The output's files by path, size and time (<see cref="Cache.OutputsStamp.Of"/>).</param>
/// <param name="HasSitemap">Whether the build wrote a sitemap (which needs the site's address).</param>
public sealed record ManifestHead(string GeneratorKey, string InputsKey, string OutputsStamp, bool HasSitemap, BuildCounts Summary, IReadOnlyList<Diagnostic> Warnings)
{
    public static ManifestHead Of(BuildManifest manifest) => new(
        manifest.GeneratorKey,
        manifest.InputsKey,
        Cache.OutputsStamp.Of(manifest.Outputs.Select(o => (o.Key, o.Value.Size, o.Value.WriteTicks))),
        manifest.Outputs.ContainsKey("sitemap.xml"),
        manifest.Summary,
        manifest.Warnings);
}

/// <summary>The figures of a build's summary line.</summary>
public sealed record BuildCounts(int Pages, int Files, int LinksChecked, int Articles, int Issues, int Topics);
