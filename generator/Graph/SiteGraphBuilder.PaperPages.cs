using Broadsheet.Common;
using Broadsheet.Diagnostics;
using Broadsheet.Model;

namespace Broadsheet.Graph;

/// <summary>The paper's own pages, at the site's root: a name the site already uses there is refused.</summary>
public sealed partial class SiteGraphBuilder
{
    /// <summary>Folders of the site that hold no page (assets, the search index) or may hold none yet (an archive with no articles).</summary>
    private static readonly string[] ReservedFolders = ["articles", "assets", "search"];

    private List<PaperPageOutput> PlacePaperPages(IReadOnlyList<PaperPage> paperPages, List<Page> pages)
    {
        // What the site writes at its root: its pages ("index.html", "search.html") and its folders ("topics/", "a-z/").
        var taken = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in pages.Select(p => p.OutputPath).Concat(ReservedFolders.Select(f => f + "/")))
        {
            var slash = path.IndexOf('/', StringComparison.Ordinal);
            var name = slash >= 0 ? path[..slash] : path[..^".html".Length];
            taken.TryAdd(name, slash >= 0 ? $"folder {name}/" : $"page {path}");
        }

        var placed = new List<PaperPageOutput>();
        foreach (var page in paperPages)
        {
            if (taken.TryGetValue(page.Id, out var own))
            {
                diagnostics.Error(
                    SourceLocation.File(page.DisplayPath),
                    $"the page '{page.Id}' would be written to {page.Id}.html, a name the site's own {own} has; rename the file, like '{page.Id}-page.md'");
                continue;
            }

            placed.Add(new PaperPageOutput(OutputPath.Of(page), page));
        }

        return placed;
    }
}
