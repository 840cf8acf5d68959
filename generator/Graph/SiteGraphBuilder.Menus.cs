using Broadsheet.Model;

namespace Broadsheet.Graph;

/// <summary>Menu links written as a source file (<c>pages/about.md</c>) lead to its page (the Model stage checked that there is one).</summary>
public sealed partial class SiteGraphBuilder
{
    private static Site ResolveMenus(Site site, IReadOnlyList<ArticleNode> articles, IReadOnlyList<PaperPageOutput> paperPages)
    {
        if (!site.Menus.All.Any(MenuSourceLinks.IsSourceLink))
        {
            return site;
        }

        var pages = articles.Select(a => (a.Article.SourcePath, a.OutputPath))
            .Concat(paperPages.Select(p => (p.Content.SourcePath, p.OutputPath)))
            .ToDictionary(p => p.SourcePath, p => p.OutputPath, StringComparer.Ordinal);

        // A file that did not get its page (two at one address) has its own error; its link is left out.
        List<MenuItem> Resolve(IReadOnlyList<MenuItem> menu) => menu
            .Where(i => !MenuSourceLinks.IsSourceLink(i) || pages.ContainsKey(i.Target!))
            .Select(i => MenuSourceLinks.IsSourceLink(i) ? i with { Url = pages[i.Target!] + i.Suffix } : i)
            .ToList();

        return site with { Menus = new SiteMenus(Resolve(site.Menus.Header), Resolve(site.Menus.Footer)) };
    }
}
