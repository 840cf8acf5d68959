using Broadsheet.Common;
using Broadsheet.Model;

namespace Broadsheet.Graph;

/// <summary>Legacy URLs: a redirect page for each alias, which may not collide with another alias or a page.</summary>
public sealed partial class SiteGraphBuilder
{
    private List<RedirectPage> PlaceRedirects(List<ArticleNode> articles, List<Page> pages)
    {
        var redirects = new List<RedirectPage>();
        var withAliases = articles.Where(a => a.Article.Aliases.Count > 0).ToList();
        if (withAliases.Count == 0)
        {
            return redirects;
        }

        var pagePaths = pages.Select(p => p.OutputPath).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var claimed = new Dictionary<string, (ArticleNode Article, LegacyUrl Alias)>(StringComparer.OrdinalIgnoreCase);
        // In source order, so that of two articles claiming one old address the same one wins on every build.
        foreach (var article in withAliases.OrderBy(a => a.Article.SourcePath, StringComparer.Ordinal))
        {
            foreach (var alias in article.Article.Aliases)
            {
                if (pagePaths.Contains(alias.OutputPath))
                {
                    diagnostics.Error(alias.Location, $"alias '{alias.Written}' is the address of the generated page {alias.OutputPath}; remove the alias");
                }
                else if (claimed.TryGetValue(alias.OutputPath, out var first))
                {
                    if (first.Article != article)
                    {
                        diagnostics.Error(
                            alias.Location,
                            $"alias '{alias.Written}' is also claimed by {first.Article.Article.DisplayPath}:{first.Alias.Location.Line}; an old address can lead to one article only");
                    }
                }
                else
                {
                    claimed[alias.OutputPath] = (article, alias);
                    redirects.Add(new RedirectPage(alias.OutputPath, article));
                }
            }
        }

        return redirects;
    }
}
