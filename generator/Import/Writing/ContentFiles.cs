using System.Globalization;
using System.Text;
using Broadsheet.Load;

namespace Broadsheet.Import.Writing;

/// <summary>The text of each file an import writes, with its front-matter keys in one fixed order.</summary>
public static class ContentFiles
{
    public static string Article(ImportedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = new StringBuilder("---\n");
        Line(text, "title", YamlText.Quote(article.Title));
        Optional(text, "subtitle", article.Subtitle);
        if (article.Authors.Count > 0)
        {
            Line(text, "authors", YamlText.List(article.Authors));
        }

        Line(text, "date", YamlText.Date(article.Date));
        if (article.IssueId is not null)
        {
            Line(text, "issue", article.IssueId);
        }

        if (article.SectionId is not null)
        {
            Line(text, "section", article.SectionId);
        }

        if (article.Topics.Count > 0)
        {
            Line(text, "topics", YamlText.IdList(article.Topics));
        }

        if (article.Image is not null)
        {
            Line(text, "image", YamlText.Quote(article.Image));
            Line(text, "image_alt", YamlText.Quote(article.ImageAlt ?? ""));
            Optional(text, "image_caption", article.ImageCaption);
        }

        Optional(text, "summary", article.Summary);
        if (article.OldUrls.Count > 0 && Aliases(article.OldUrls) is { Count: > 0 } aliases)
        {
            Line(text, "aliases", YamlText.List(aliases));
        }

        if (article.Draft)
        {
            Line(text, "draft", "true");
        }

        text.Append("---\n").Append(article.Body);
        return text.ToString();
    }

    /// <summary>The old addresses that can be aliases: paths on the site, without a query (<c>?p=123</c> goes to the URL map only).</summary>
    public static List<string> Aliases(IEnumerable<string> oldUrls) =>
        oldUrls.Select(OldUrl.AliasOf).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    public static string Issue(ImportedIssue issue, int number)
    {
        ArgumentNullException.ThrowIfNull(issue);
        return $"---\ntitle: {YamlText.Quote(issue.Title)}\ndate: {YamlText.Date(issue.Date)}\nnumber: {number.ToString(CultureInfo.InvariantCulture)}\n---\n";
    }

    public static string Topic(ImportedTopic topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        var text = new StringBuilder("---\n");
        Line(text, "title", YamlText.Quote(topic.Title));
        Optional(text, "description", topic.Description);
        return text.Append("---\n").ToString();
    }

    public static string Author(string name) => $"---\nname: {YamlText.Quote(name)}\n---\n";

    public static string Site(ImportedSite site)
    {
        ArgumentNullException.ThrowIfNull(site);
        var text = new StringBuilder();
        text.Append("title: ").Append(YamlText.Quote(site.Title)).Append('\n');
        text.Append("language: ").Append(YamlText.Quote(site.Language)).Append('\n');
        if (site.LinkCheckWarn)
        {
            text.Append("link_check: warn   # the source had links to pages that were not imported\n");
        }

        if (site.Sections.Count == 0)
        {
            text.Append("sections: []\n");
        }
        else
        {
            text.Append("sections:\n");
            foreach (var section in site.Sections)
            {
                text.Append("  - id: ").Append(section.Id).Append('\n');
                text.Append("    title: ").Append(YamlText.Quote(section.Title)).Append('\n');
            }
        }

        return text.ToString();
    }

    private static void Line(StringBuilder text, string key, string value) => text.Append(key).Append(": ").Append(value).Append('\n');

    private static void Optional(StringBuilder text, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            Line(text, key, YamlText.Quote(value.Trim()));
        }
    }
}
