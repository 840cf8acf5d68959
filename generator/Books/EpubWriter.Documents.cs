using System.Text;
using System.Xml;
using Broadsheet.Graph;
using Broadsheet.Render;

namespace Broadsheet.Books;

/// <summary>The XHTML documents of the book: cover, contents and one chapter per article.</summary>
public sealed partial class EpubWriter
{
    private const string EpubNamespace = "http://www.idpf.org/2007/ops";
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";
    private const string Xhtml = XhtmlBodyWriter.XhtmlNamespace;

    private const string Stylesheet = """
        body { font-family: serif; line-height: 1.45; margin: 0 1em; }
        h1, h2, h3 { font-family: sans-serif; line-height: 1.2; }
        .section, .date, .byline, .topics { font-family: sans-serif; font-size: 0.85em; }
        .section { text-transform: uppercase; letter-spacing: 0.05em; }
        .standfirst { font-size: 1.15em; font-style: italic; }
        figure { margin: 1em 0; }
        img { max-width: 100%; height: auto; }
        figcaption { font-size: 0.85em; font-style: italic; }
        blockquote { margin: 1em 1.5em; font-style: italic; }
        table { border-collapse: collapse; }
        td, th { border: 1px solid #888; padding: 0.2em 0.4em; }
        .cover { text-align: center; margin-top: 20%; }
        .cover h1 { font-size: 2.2em; margin-bottom: 0.2em; }
        .cover .issue { font-size: 1.4em; }
        nav ol { list-style: none; padding-left: 0; }
        nav ol ol { padding-left: 1.2em; }

        """;

    private byte[] Chapter(EpubChapter chapter, EpubLinks links, out string? properties)
    {
        var article = chapter.Article.Article;
        var body = new XhtmlBodyWriter(links, chapter.Article.OutputPath);
        var bytes = Xml(w => Page(w, article.Title, () =>
        {
            w.WriteStartElement("article", Xhtml);
            w.WriteAttributeString("id", chapter.Id);
            Line(w);
            w.WriteStartElement("header", Xhtml);
            Line(w);
            if (article.Section is { } section)
            {
                Element(w, "p", section.Title, "section");
            }

            Element(w, "h1", article.Title);
            if (article.Subtitle is { } subtitle)
            {
                Element(w, "p", subtitle, "standfirst");
            }

            if (article.Authors.Count > 0)
            {
                var names = article.Authors.Select(a => a.Name).ToList();
                var byline = strings.List(names);
                Element(w, "p", strings.Text("by_authors", byline), "byline");
            }

            w.WriteStartElement("p", Xhtml);
            w.WriteAttributeString("class", "date");
            w.WriteStartElement("time", Xhtml);
            w.WriteAttributeString("datetime", DateFormatter.Iso(article.Date));
            w.WriteString(strings.Dates.ForReaders(article.Date));
            w.WriteFullEndElement();
            w.WriteFullEndElement();
            Line(w);
            w.WriteFullEndElement();
            Line(w);

            if (article.Image is { } image && links.ImageOf(image.Path) is { } src)
            {
                w.WriteStartElement("figure", Xhtml);
                w.WriteAttributeString("class", "lead-image");
                w.WriteStartElement("img", Xhtml);
                w.WriteAttributeString("src", src);
                w.WriteAttributeString("alt", image.Alt);
                w.WriteEndElement();
                if (image.Caption is { } caption)
                {
                    Element(w, "figcaption", caption);
                }

                w.WriteFullEndElement();
                Line(w);
            }

            w.WriteStartElement("div", Xhtml);
            w.WriteAttributeString("class", "body");
            Line(w);
            body.Write(w, chapter.BodyHtml);
            w.WriteFullEndElement();
            Line(w);
            if (article.Topics.Count > 0)
            {
                Element(w, "p", strings.Text("epub_topics", string.Join(", ", article.Topics.Select(t => t.Title))), "topics");
            }

            w.WriteFullEndElement();
        }));
        var declared = new List<string>();
        if (body.HasSvg)
        {
            declared.Add("svg");
        }

        if (body.HasMathMl)
        {
            declared.Add("mathml");
        }

        properties = declared.Count > 0 ? string.Join(' ', declared) : null;
        return bytes;
    }

    private byte[] Cover(IssueNode issue) => Xml(w => Page(w, site.Title, () =>
    {
        w.WriteStartElement("section", Xhtml);
        w.WriteAttributeString("class", "cover");
        w.WriteAttributeString("epub", "type", EpubNamespace, "cover");
        Line(w);
        Element(w, "h1", site.Title);
        Element(w, "p", issue.Issue.Title, "issue");
        Element(w, "p", strings.Text("issue_number", issue.Issue.Number), "number");
        Element(w, "p", strings.Dates.ForReaders(issue.Issue.Date), "date");
        w.WriteFullEndElement();
    }));

    private byte[] Navigation(IssueNode issue, IReadOnlyList<EpubChapter> chapters) => Xml(w => Page(w, strings.Text("epub_contents"), () =>
    {
        var fileOf = chapters.ToDictionary(c => c.Article, c => c.FileName);
        w.WriteStartElement("nav", Xhtml);
        w.WriteAttributeString("epub", "type", EpubNamespace, "toc");
        w.WriteAttributeString("id", "toc");
        Line(w);
        Element(w, "h1", strings.Text("epub_contents"));
        w.WriteStartElement("ol", Xhtml);
        Line(w);
        ListItemLink(w, "cover.xhtml", strings.Text("epub_cover"));
        foreach (var section in issue.Sections)
        {
            w.WriteStartElement("li", Xhtml);
            Element(w, "span", section.Section.Title);
            w.WriteStartElement("ol", Xhtml);
            Line(w);
            foreach (var article in section.Articles)
            {
                ListItemLink(w, fileOf[article], article.Article.Title);
            }

            w.WriteFullEndElement();
            w.WriteFullEndElement();
            Line(w);
        }

        w.WriteFullEndElement();
        Line(w);
        w.WriteFullEndElement();
    }));

    private static void ListItemLink(XmlWriter w, string href, string text)
    {
        w.WriteStartElement("li", Xhtml);
        w.WriteStartElement("a", Xhtml);
        w.WriteAttributeString("href", href);
        w.WriteString(text);
        w.WriteFullEndElement();
        w.WriteFullEndElement();
        Line(w);
    }

    /// <summary>An XHTML content document around <paramref name="body"/>, in the site's language.</summary>
    private void Page(XmlWriter w, string title, Action body)
    {
        w.WriteDocType("html", null, null, null);
        Line(w);
        w.WriteStartElement("html", Xhtml);
        w.WriteAttributeString("xmlns", "epub", null, EpubNamespace);
        w.WriteAttributeString("lang", site.Language);
        w.WriteAttributeString("xml", "lang", XmlNamespace, site.Language);
        Line(w);
        w.WriteStartElement("head", Xhtml);
        w.WriteStartElement("meta", Xhtml);
        w.WriteAttributeString("charset", "utf-8");
        w.WriteEndElement();
        Element(w, "title", title);
        w.WriteStartElement("link", Xhtml);
        w.WriteAttributeString("rel", "stylesheet");
        w.WriteAttributeString("type", "text/css");
        w.WriteAttributeString("href", "style.css");
        w.WriteEndElement();
        w.WriteFullEndElement();
        Line(w);
        w.WriteStartElement("body", Xhtml);
        Line(w);
        body();
        Line(w);
        w.WriteFullEndElement();
        Line(w);
        w.WriteFullEndElement();
    }

    private static void Element(XmlWriter w, string name, string text, string? cssClass = null)
    {
        w.WriteStartElement(name, Xhtml);
        if (cssClass is not null)
        {
            w.WriteAttributeString("class", cssClass);
        }

        w.WriteString(text);
        w.WriteFullEndElement();
        Line(w);
    }

    private static void Line(XmlWriter w) => w.WriteWhitespace("\n");

    /// <summary>The document being written on this thread, its buffer grown once rather than for every chapter.</summary>
    [ThreadStatic]
    private static MemoryStream? t_document;

    private static byte[] Xml(Action<XmlWriter> write)
    {
        var stream = t_document ??= new MemoryStream(64 * 1024);
        stream.SetLength(0);
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false, NewLineChars = "\n" };
        using (var writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteStartDocument();
            Line(writer);
            write(writer);
            writer.WriteEndDocument();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }
}
