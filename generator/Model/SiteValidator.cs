using Broadsheet.Common;
using Broadsheet.Diagnostics;
using Broadsheet.Load;

namespace Broadsheet.Model;

/// <summary>Validates site.yml into a <see cref="Site"/>: title, language, base_url, the ordered sections, menus and share links.</summary>
public static class SiteValidator
{
    public static Site? Validate(SourceFile file, DiagnosticBag diagnostics)
    {
        var mapping = FrontMatterParser.ParseYaml(file.DisplayPath, file.Text, 1, diagnostics);
        if (mapping is null)
        {
            return null;
        }

        var reader = new FrontMatterReader(file.DisplayPath, mapping, diagnostics);
        var title = reader.Text("title", required: true);
        var language = reader.Text("language") ?? "en";
        var baseUrl = BaseUrl(reader);
        var sections = Sections(reader, mapping, diagnostics);
        var pageSize = reader.WholeNumber("page_size") ?? Site.DefaultPageSize;
        if (pageSize is < 1 or > 1000)
        {
            reader.Error("page_size", $"'page_size' must be between 1 and 1000; {pageSize} is not");
        }

        var rawHtml = !reader.Has("raw_html") || reader.Flag("raw_html");
        reader.Expect("images");
        var images = ImageSettingsReader.Read(reader, mapping.Find("images"), diagnostics);
        var linkCheck = LinkCheckSetting(reader);
        var articlePath = ArticlePath(reader);
        reader.Expect("menus");
        var menus = MenusReader.Read(reader, mapping.Find("menus"), diagnostics);
        var share = ShareSettings.Read(reader);
        reader.WarnAboutUnknownKeys();
        return title is null ? null : new Site(title, language, baseUrl, sections, pageSize, rawHtml, images, linkCheck, articlePath) { Menus = menus, Share = share };
    }

    /// <summary>Checks a base URL from site.yml or the command line and makes it end in '/'.</summary>
    public static string? NormalizeBaseUrl(string? text, out string? problem)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != "https" && uri.Scheme != "http"))
        {
            problem = $"'{text}' is not an absolute http(s) address like https://example.org/archive/";
            return null;
        }

        return text.EndsWith('/') ? text : text + "/";
    }

    /// <summary>link_check: error (the default) or warn, for an archive whose old content has links that lead nowhere.</summary>
    private static LinkCheck LinkCheckSetting(FrontMatterReader reader)
    {
        var text = reader.Text("link_check");
        if (text is null)
        {
            return LinkCheck.Error;
        }

        if (LinkChecks.Parse(text) is { } setting)
        {
            return setting;
        }

        reader.Error("link_check", $"'link_check' must be 'error' or 'warn'; '{text}' is neither");
        return LinkCheck.Error;
    }

    private static ArticlePathPattern? ArticlePath(FrontMatterReader reader)
    {
        if (reader.Text("article_path") is not { } text)
        {
            return null;
        }

        var pattern = ArticlePathPattern.Parse(text, out var problem);
        if (problem is not null)
        {
            reader.Error("article_path", $"article_path: {problem}");
        }

        return pattern;
    }

    private static string? BaseUrl(FrontMatterReader reader)
    {
        var normalized = NormalizeBaseUrl(reader.Text("base_url"), out var problem);
        if (problem is not null)
        {
            reader.Error("base_url", $"base_url: {problem}");
        }

        return normalized;
    }

    private static List<Section> Sections(FrontMatterReader reader, FrontMatterMapping mapping, DiagnosticBag diagnostics)
    {
        reader.Expect("sections");
        var sections = new List<Section>();
        if (mapping.Find("sections") is not FrontMatterList list)
        {
            diagnostics.Error(reader.Start, "'sections' is missing; list the paper's sections in order, each with 'id' and 'title'");
            return sections;
        }

        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var item in list.Items)
        {
            if (item is not FrontMatterMapping entry
                || entry.Find("id") is not FrontMatterScalar { Value: { Length: > 0 } id } idNode)
            {
                reader.Error(item, "each section needs an 'id' and a 'title', like '- id: history' then '  title: History'");
                continue;
            }

            var title = entry.Find("title") is FrontMatterScalar { Value: { Length: > 0 } t } ? SmartPunctuation.Of(t) : null;
            if (!Ids.IsValid(id))
            {
                reader.Error(idNode, $"section id '{id}' must be lowercase letters, digits and hyphens, like '{Ids.Slugify(id)}'");
            }
            else if (seen.TryGetValue(id, out var first))
            {
                reader.Error(idNode, $"section '{id}' is listed twice; the first is at line {first.Line}");
            }
            else if (title is null)
            {
                reader.Error(item, $"section '{id}' needs a 'title'");
            }
            else
            {
                seen[id] = reader.At(idNode);
                sections.Add(new Section(id, title, sections.Count));
            }
        }

        return sections;
    }
}
