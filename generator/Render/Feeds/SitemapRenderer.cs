using System.Globalization;
using System.Text;
using System.Xml;
using Broadsheet.Graph;

namespace Broadsheet.Render.Feeds;

/// <summary>sitemap.xml, listing every page at its deployed address, and robots.txt pointing to it.</summary>
public sealed class SitemapRenderer(SiteGraph graph, string baseUrl)
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public IEnumerable<RenderedFile> Render()
    {
        var builder = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        var settings = new XmlWriterSettings { Indent = true, NewLineChars = "\n", OmitXmlDeclaration = true };
        using (var writer = XmlWriter.Create(builder, settings))
        {
            writer.WriteStartElement("urlset", Namespace);
            foreach (var page in graph.Pages.Where(Listed).OrderBy(p => p.OutputPath, StringComparer.Ordinal))
            {
                writer.WriteStartElement("url", Namespace);
                writer.WriteElementString("loc", Namespace, AbsoluteUrl.Of(baseUrl, page.OutputPath));
                if (page is ArticlePage article)
                {
                    writer.WriteElementString("lastmod", Namespace, article.Article.Article.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        yield return new RenderedFile("sitemap.xml", builder.Append('\n'));
        yield return new RenderedFile("robots.txt", $"User-agent: *\nAllow: /\n\nSitemap: {baseUrl}sitemap.xml\n");
    }

    /// <summary>Redirects and the 404 page are not pages to be found.</summary>
    private static bool Listed(Page page) => page is not (RedirectPage or NotFoundPage);
}
