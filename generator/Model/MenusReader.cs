using Broadsheet.Load;

namespace Broadsheet.Model;

/// <summary>Reads site.yml's <c>menus:</c> (<c>header</c> and <c>footer</c>, each a list of <c>title</c> and <c>url</c>) into <see cref="SiteMenus"/>.</summary>
public static class MenusReader
{
    private const string Example = "like '- title: About' then '  url: about.html'";

    public static SiteMenus Read(FrontMatterReader site, FrontMatterNode? node, Diagnostics.DiagnosticBag diagnostics)
    {
        if (node is null)
        {
            return SiteMenus.None;
        }

        if (node is not FrontMatterMapping mapping)
        {
            site.Error(node, "'menus' must hold 'header' and 'footer', each a list of links " + Example);
            return SiteMenus.None;
        }

        var reader = new FrontMatterReader(site.DisplayPath, mapping, diagnostics);
        reader.Expect("header");
        reader.Expect("footer");
        var menus = new SiteMenus(Menu(reader, "header", mapping.Find("header"), diagnostics), Menu(reader, "footer", mapping.Find("footer"), diagnostics));
        reader.RefuseUnknownKeys();
        return menus;
    }

    private static List<MenuItem> Menu(FrontMatterReader menus, string name, FrontMatterNode? node, Diagnostics.DiagnosticBag diagnostics)
    {
        var items = new List<MenuItem>();
        if (node is null)
        {
            return items;
        }

        if (node is not FrontMatterList list)
        {
            menus.Error(node, $"'{name}' must be a list of links, each {Example}");
            return items;
        }

        foreach (var entry in list.Items)
        {
            if (entry is not FrontMatterMapping link)
            {
                menus.Error(entry, $"each link of '{name}' needs a 'title' and a 'url', {Example}");
                continue;
            }

            var reader = new FrontMatterReader(menus.DisplayPath, link, diagnostics);
            var title = reader.Text("title");
            var url = reader.Text("url");
            reader.RefuseUnknownKeys();
            if (title is null || url is null)
            {
                // A misspelt key has said what is wrong already.
                if (!reader.HasErrors)
                {
                    reader.Error(reader.At(link), $"each link of '{name}' needs a 'title' and a 'url', {Example}");
                }

                continue;
            }

            if (MenuUrls.Normalize(url, out var problem) is { } normalized)
            {
                items.Add(new MenuItem(title, normalized, reader.AtValueOrStart("url")));
            }
            else
            {
                reader.Error("url", problem!);
            }
        }

        return items;
    }
}
