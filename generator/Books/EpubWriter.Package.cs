using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Xml;
using Broadsheet.Graph;
using Broadsheet.Render;

namespace Broadsheet.Books;

/// <summary>The package document: the book's metadata, every file it holds, and its reading order.</summary>
public sealed partial class EpubWriter
{
    private const string OpfNamespace = "http://www.idpf.org/2007/opf";
    private const string DcNamespace = "http://purl.org/dc/elements/1.1/";

    private byte[] Package(IssueNode issue, IReadOnlyList<(EpubChapter Chapter, string? Properties)> chapters, IReadOnlyCollection<EpubImage> images) => Xml(w =>
    {
        w.WriteStartElement("package", OpfNamespace);
        w.WriteAttributeString("version", "3.0");
        w.WriteAttributeString("unique-identifier", "issue-id");
        w.WriteAttributeString("xml", "lang", XmlNamespace, site.Language);
        Line(w);

        w.WriteStartElement("metadata", OpfNamespace);
        w.WriteAttributeString("xmlns", "dc", null, DcNamespace);
        Line(w);
        w.WriteStartElement("dc", "identifier", DcNamespace);
        w.WriteAttributeString("id", "issue-id");
        w.WriteString(Identifier(issue));
        w.WriteFullEndElement();
        Line(w);
        Dc(w, "title", $"{site.Title}: {issue.Issue.Title}");
        Dc(w, "language", site.Language);
        Dc(w, "publisher", site.Title);
        Dc(w, "date", DateFormatter.Iso(issue.Issue.Date));
        foreach (var author in issue.Sections.SelectMany(s => s.Articles).SelectMany(a => a.Article.Authors).Select(a => a.Name).Distinct().Order(StringComparer.Ordinal))
        {
            Dc(w, "contributor", author);
        }

        // The book changes with its issue, never with the time of the build.
        w.WriteStartElement("meta", OpfNamespace);
        w.WriteAttributeString("property", "dcterms:modified");
        w.WriteString(DateFormatter.Iso(issue.Issue.Date) + "T00:00:00Z");
        w.WriteFullEndElement();
        Line(w);
        w.WriteFullEndElement();
        Line(w);

        w.WriteStartElement("manifest", OpfNamespace);
        Line(w);
        Item(w, "nav", "nav.xhtml", "application/xhtml+xml", "nav");
        Item(w, "cover", "cover.xhtml", "application/xhtml+xml", null);
        Item(w, "style", "style.css", "text/css", null);
        foreach (var (chapter, properties) in chapters)
        {
            Item(w, chapter.Id, chapter.FileName, "application/xhtml+xml", properties);
        }

        var number = 0;
        foreach (var image in images)
        {
            Item(w, string.Create(CultureInfo.InvariantCulture, $"image-{++number:D3}"), image.Href, image.MediaType, null);
        }

        w.WriteFullEndElement();
        Line(w);

        w.WriteStartElement("spine", OpfNamespace);
        Line(w);
        ItemRef(w, "cover");
        ItemRef(w, "nav");
        foreach (var (chapter, _) in chapters)
        {
            ItemRef(w, chapter.Id);
        }

        w.WriteFullEndElement();
        Line(w);
        w.WriteFullEndElement();
    });

    /// <summary>The issue's address when the site has one; else a name-based UUID of the site's title and the issue's id, the same on every build.</summary>
    private string Identifier(IssueNode issue)
    {
        if (site.BaseUrl is { } baseUrl)
        {
            return AbsoluteUrl.Of(baseUrl, issue.OutputPath);
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"broadsheet\n{site.Title}\n{issue.Issue.Id}"));
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80); // version 8: a custom, name-based UUID (RFC 9562)
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        var hex = Convert.ToHexStringLower(bytes);
        return $"urn:uuid:{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}";
    }

    private static void Dc(XmlWriter w, string name, string value)
    {
        w.WriteStartElement("dc", name, DcNamespace);
        w.WriteString(value);
        w.WriteFullEndElement();
        Line(w);
    }

    private static void Item(XmlWriter w, string id, string href, string mediaType, string? properties)
    {
        w.WriteStartElement("item", OpfNamespace);
        w.WriteAttributeString("id", id);
        w.WriteAttributeString("href", href);
        w.WriteAttributeString("media-type", mediaType);
        if (properties is not null)
        {
            w.WriteAttributeString("properties", properties);
        }

        w.WriteEndElement();
        Line(w);
    }

    private static void ItemRef(XmlWriter w, string id)
    {
        w.WriteStartElement("itemref", OpfNamespace);
        w.WriteAttributeString("idref", id);
        w.WriteEndElement();
        Line(w);
    }
}
