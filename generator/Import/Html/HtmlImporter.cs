using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Broadsheet.Import.Markdown;

namespace Broadsheet.Import.Html;

/// <summary>
/// <c>broadsheet import html DIR</c>: a folder of saved article pages. A first pass reads every page's fields and plans
/// where each article goes (so links between them can be made links to files); a second converts the bodies one by one.
/// Pages that are not articles (indexes, tag pages) are counted and skipped; issues are made from what pages say.
/// </summary>
public sealed class HtmlImporter(ImportSession session)
{
    /// <summary>Taken out of every body: navigation, forms, share buttons, donation boxes and lists of related links.</summary>
    private const string DefaultRemove =
        "nav, form, aside, script, style, noscript, iframe[src*='facebook'], .share, .sharing, .social, .share-buttons, .related, .related-posts, .donate, .donation, .newsletter, .comments, #comments";

    private static readonly HtmlParser Parser = new();
    private readonly ImportLog _log = session.Log;
    private readonly ImportOptions _options = session.Options;
    private readonly List<Planned> _planned = [];
    private readonly Dictionary<string, string> _articles = new(StringComparer.Ordinal);
    private readonly List<(string Id, string Title)> _sections = [];
    private readonly HashSet<string> _paths = new(StringComparer.Ordinal);

    private sealed record Planned(PageFields Fields, DateOnly Date, string SitePath, string Slug, IReadOnlyList<string> OldUrls);

    public ImportedSite Run()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var profile = _options.Profile is { } path ? HtmlProfile.Load(path) : HtmlProfile.Empty;
        var mirror = new MirrorFolder(_options.Input);
        var reader = new PageReader(profile);
        var files = Directory.EnumerateFiles(mirror.Root, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".htm", StringComparison.OrdinalIgnoreCase))
            .Select(f => Path.GetRelativePath(mirror.Root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        session.Progress.Reading($"reading {files.Count} pages: which are articles, and what they say");
        string? siteName = null;
        string? language = null;
        foreach (var file in files)
        {
            var page = Parse(mirror, file);
            var jsonLd = JsonLdArticle.Find(page, note => _log.Warn(file, note));
            if (!reader.IsArticle(page, jsonLd))
            {
                _log.Count("pages skipped (not articles)");
                continue;
            }

            var fields = reader.Read(page, jsonLd, file, MirrorFolder.UrlPathOf(file), note => _log.Warn(file, note));
            mirror.AddSiteAddress(fields.Canonical);
            siteName ??= fields.SiteName;
            language ??= page.DocumentElement.GetAttribute("lang");
            Plan(fields);
        }

        session.Progress.Started(_planned.Count);
        foreach (var planned in _planned)
        {
            Import(mirror, profile, planned);
        }

        var sections = _sections.Select(s => new ImportedTopic(s.Id, s.Title)).ToList();
        return new ImportedSite(siteName ?? "Imported archive", string.IsNullOrWhiteSpace(language) ? "en" : language.Trim(), sections);
    }

    private IDocument Parse(MirrorFolder mirror, string file)
    {
        var full = Path.Combine(mirror.Root, file);
        var length = new FileInfo(full).Length;
        if (length > _options.MaxFileBytes)
        {
            throw new ImportFailedException(
                $"{file} is {length.ToString("N0", CultureInfo.InvariantCulture)} bytes, over the limit of {_options.MaxFileBytes.ToString("N0", CultureInfo.InvariantCulture)}; raise it with --max-size or remove the file");
        }

        // From the bytes, so that the charset the page declares (a BOM, a meta element) is the one used to read it.
        using var stream = File.OpenRead(full);
        return Parser.ParseDocument(stream);
    }

    private void Plan(PageFields fields)
    {
        if (fields.Title is not { } title)
        {
            _log.Warn(fields.File, "an article page with no title in JSON-LD, meta, the profile or <title>; skipped");
            _log.Count("pages skipped (no title)");
            return;
        }

        if ((fields.Date?.Value ?? fields.Issue?.Value.Date) is not { } date)
        {
            _log.Warn(fields.File, "an article page with no date in JSON-LD, meta, <time> or the profile; skipped (add 'date' and 'date_format' to the profile)");
            _log.Count("pages skipped (no date)");
            return;
        }

        var segments = fields.UrlPath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var last = segments.Length == 0 ? "" : Path.GetFileNameWithoutExtension(Uri.UnescapeDataString(segments[^1]));
        var slug = Slugs.Of(last is "index" or "" ? title.Value : last);
        if (slug.Length == 0)
        {
            slug = Slugs.Of(title.Value) is { Length: > 0 } fromTitle ? fromTitle : "article";
        }

        var unique = ArticlePaths.FreeSlug(date, slug, _paths.Contains);

        var sitePath = ArticlePaths.SourcePath(date, unique);
        _paths.Add(sitePath);
        var oldUrls = new List<string> { fields.UrlPath };
        if (fields.UrlPath.Contains('?', StringComparison.Ordinal) && fields.UrlPath.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
        {
            // wget --adjust-extension saved story.php?id=12 as "story.php?id=12.html": the page's address had no .html.
            oldUrls.Add(fields.UrlPath[..^".html".Length]);
        }

        if (fields.Canonical is { } canonical && OldUrl.TryParse(canonical, out _))
        {
            oldUrls.Add(canonical);
        }

        foreach (var url in oldUrls)
        {
            if (OldUrl.Key(url) is { } key)
            {
                _articles.TryAdd(key, sitePath);
            }
        }

        _planned.Add(new Planned(fields, date, sitePath, unique, oldUrls.Distinct(StringComparer.Ordinal).ToList()));
    }

    private void Import(MirrorFolder mirror, HtmlProfile profile, Planned planned)
    {
        var fields = planned.Fields;
        var page = Parse(mirror, fields.File);
        var body = Body(page, profile);
        var urls = new HtmlUrls(mirror, _articles, session, fields.File, planned.SitePath);
        var (image, alt, caption) = LeadImage(mirror, profile, page, body, fields, urls);
        var sourceHtml = body.InnerHtml;
        var converted = HtmlToMarkdownConverter.Convert(body, urls);
        foreach (var note in converted.Notes)
        {
            _log.Warn(fields.File, note);
        }

        string? sectionId = null;
        if (fields.Section is { } section)
        {
            sectionId = Slugs.Of(section.Value);
            if (sectionId.Length > 0 && !_sections.Any(s => s.Id == sectionId))
            {
                _sections.Add((sectionId, section.Value));
            }
        }

        if (fields.Issue is { } issue)
        {
            session.AddIssue(issue.Value);
            if (string.IsNullOrEmpty(sectionId))
            {
                sectionId = "articles";
                if (!_sections.Any(s => s.Id == sectionId))
                {
                    _sections.Add((sectionId, "Articles"));
                }

                _log.Warn(fields.File, "an article in an issue with no section; filed under 'articles' (add 'section' to the profile)");
            }
        }

        var topics = new List<string>();
        foreach (var name in fields.Topics?.Value ?? [])
        {
            var id = Slugs.Of(name);
            if (id.Length > 0)
            {
                topics.Add(id);
                session.AddTopic(new ImportedTopic(id, name));
            }
        }

        Record(fields);
        session.AddArticle(new ImportedArticle(fields.File, fields.Title!.Value.Value, planned.Date, planned.Slug, converted.Markdown, sourceHtml)
        {
            Subtitle = fields.Subtitle?.Value,
            Authors = fields.Authors?.Value ?? [],
            IssueId = fields.Issue?.Value.Id,
            SectionId = string.IsNullOrEmpty(sectionId) ? null : sectionId,
            Topics = topics.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            Image = image,
            ImageAlt = alt,
            ImageCaption = caption,
            Summary = fields.Summary,
            OldUrls = planned.OldUrls,
        });
    }

    /// <summary>The body: the profile's selector, else the page's own marking of it, else its article or main element.</summary>
    private static IElement Body(IDocument page, HtmlProfile profile)
    {
        var body = (profile.Body is { } bodySelector ? page.QuerySelector(bodySelector) : null)
            ?? page.QuerySelector("[itemprop='articleBody']")
            ?? page.QuerySelector(".entry-content, .article-body, .post-content, .story-body, .article-content")
            ?? page.QuerySelector("article")
            ?? page.QuerySelector("main")
            ?? page.Body!;
        var remove = profile.Remove.Append(DefaultRemove);
        if (body.LocalName is "article" or "main" or "body")
        {
            // The header around a body that is the whole article: its title, byline and dates are front matter now.
            remove = remove.Append("h1, header, footer, [itemprop='headline'], time");
            remove = remove.Concat(new[] { profile.Title, profile.Standfirst, profile.Byline, profile.Date, profile.Issue, profile.Section, profile.Topics }.OfType<string>());
        }

        foreach (var selector in remove)
        {
            foreach (var element in body.QuerySelectorAll(selector).ToList())
            {
                element.Remove();
            }
        }

        return body;
    }

    private (string? Path, string? Alt, string? Caption) LeadImage(MirrorFolder mirror, HtmlProfile profile, IDocument page, IElement body, PageFields fields, HtmlUrls urls)
    {
        if (fields.Image is not { } lead)
        {
            return (null, null, null);
        }

        var (address, onSite) = mirror.Resolve(fields.File, lead.Url);
        if (address is null || !onSite || mirror.FileAt(address) is not { } file)
        {
            _log.Warn(fields.File, $"the lead image {lead.Url} is not in the mirror; left out of the front matter");
            return (null, null, null);
        }

        urls.Image(lead.Url);
        var img = page.QuerySelectorAll("img").FirstOrDefault(i => i.GetAttribute("src") is { } src && mirror.Resolve(fields.File, src).Address?.AbsolutePath == address.AbsolutePath);
        var figure = img?.Closest("figure");
        var caption = lead.Caption ?? figure?.QuerySelector("figcaption")?.TextContent;
        var alt = img?.GetAttribute("alt") is { Length: > 0 } a ? a : caption;
        if (alt is null)
        {
            alt = fields.Title!.Value.Value;
            _log.Warn(fields.File, $"the lead image {file.Path} has no alt text; the title stands in for it");
        }

        // The lead image is the front matter's now: shown once, above the body, not again inside it, nor its caption.
        if (img is not null && body.Contains(img))
        {
            (figure is not null && body.Contains(figure) ? figure : img).Remove();
        }

        if (profile.Caption is { } captionSelector && body.QuerySelector(captionSelector) is { } captionElement)
        {
            caption ??= captionElement.TextContent;
            captionElement.Remove();
        }

        _log.Field("image", lead.Source);
        return (file.Path, PageReader.Clean(alt), caption is null ? null : PageReader.Clean(caption));
    }

    private void Record(PageFields fields)
    {
        void Field(string name, FieldSource? source)
        {
            if (source is { } s)
            {
                _log.Field(name, s);
            }
        }

        Field("title", fields.Title?.Source);
        Field("subtitle", fields.Subtitle?.Source);
        Field("date", fields.Date?.Source ?? (fields.Issue is null ? null : fields.Issue.Value.Source));
        Field("authors", fields.Authors?.Source);
        Field("section", fields.Section?.Source);
        Field("topics", fields.Topics?.Source);
        Field("issue", fields.Issue?.Source);
    }
}
