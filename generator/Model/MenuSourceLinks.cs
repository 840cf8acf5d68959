using Broadsheet.Diagnostics;

namespace Broadsheet.Model;

/// <summary>
/// Menu links written as a source file (<c>pages/about.md</c>), as links in Markdown are: each must name an article or a
/// page of the paper's own; the Graph stage then leads it to that page.
/// </summary>
public static class MenuSourceLinks
{
    public static bool IsSourceLink(MenuItem item) => item.Target?.EndsWith(".md", StringComparison.Ordinal) == true;

    /// <summary>The site with each menu link to a file that is not an article or page left out, and reported at its line.</summary>
    public static Site Check(Site site, IEnumerable<string> sourcePaths, DiagnosticBag diagnostics)
    {
        if (!site.Menus.All.Any(IsSourceLink))
        {
            return site;
        }

        var known = sourcePaths.ToHashSet(StringComparer.Ordinal);
        List<MenuItem> Kept(IReadOnlyList<MenuItem> menu) => menu.Where(item =>
        {
            if (!IsSourceLink(item) || known.Contains(item.Target!))
            {
                return true;
            }

            diagnostics.Error(item.Location, $"the menu link '{item.Url}' names no article or page of the paper's own{Suggest.Hint(item.Target!, known)}");
            return false;
        }).ToList();

        return site with { Menus = new SiteMenus(Kept(site.Menus.Header), Kept(site.Menus.Footer)) };
    }
}
