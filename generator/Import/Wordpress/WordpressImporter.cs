using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Broadsheet.Import.Markdown;

namespace Broadsheet.Import.Wordpress;

/// <summary>
/// <c>broadsheet import wordpress EXPORT.xml</c>: two streaming passes over the export. The first learns the site, its
/// authors, terms and attachments and plans where each post goes; the second converts and writes the posts one by one.
/// </summary>
public sealed partial class WordpressImporter(ImportSession session)
{
    private readonly ImportLog _log = session.Log;
    private readonly ImportOptions _options = session.Options;
    private readonly TimeZoneInfo _zone = ZoneOf(session.Options.TimeZone);
    private readonly SortedSet<string> _sectionsUsed = new(StringComparer.Ordinal);

    public ImportedSite Run()
    {
        var archive = new WordpressArchive
        {
            Uploads = _options.Uploads is { } uploads ? new UploadsFolder(CheckedUploads(uploads)) : null,
        };
        WxrReader.Read(_options.Input, _options.MaxFileBytes, element => Learn(archive, element));
        session.Progress.Started(archive.Posts.Count);
        WxrReader.Read(_options.Input, _options.MaxFileBytes, element =>
        {
            if (element.Name.LocalName == "item" && element.Name.NamespaceName.Length == 0)
            {
                var item = WxrItem.From(element);
                if (archive.Posts.TryGetValue(item.Id, out var planned))
                {
                    Import(archive, item, planned);
                }
            }
        });
        if (archive.Uploads is null && _log.CountOf("uploads left on the old site (no --uploads)") > 0)
        {
            _log.Warn(DisplayInput, "images and files of wp-content/uploads stay on the old site: give --uploads DIR (a copy of wp-content/uploads) to bring them in");
        }

        var sections = _options.Categories == "sections"
            ? archive.Terms.Where(t => t.Domain == "category" && _sectionsUsed.Contains(TermId(t.Nicename, t.Name)))
                .Select(t => new ImportedTopic(TermId(t.Nicename, t.Name), Text(t.Name))).DistinctBy(t => t.Id).ToList()
            : [];
        return new ImportedSite(archive.Title.Length > 0 ? archive.Title : "Imported archive", archive.Language, sections);
    }

    private string DisplayInput => _options.Input.Replace('\\', '/');

    /// <summary>The first pass: everything but the posts' bodies.</summary>
    private void Learn(WordpressArchive archive, XElement element)
    {
        var name = element.Name.LocalName;
        var ns = element.Name.NamespaceName;
        if (ns.Length == 0)
        {
            switch (name)
            {
                case "title":
                    archive.Title = Text(element.Value);
                    return;
                case "link":
                    archive.AddSiteAddress(element.Value.Trim());
                    return;
                case "language":
                    archive.Language = element.Value.Trim() is { Length: > 0 } language ? language : "en";
                    return;
                case "item":
                    Plan(archive, WxrItem.From(element));
                    return;
                default:
                    return;
            }
        }

        if (!WxrReader.IsWp(ns))
        {
            return;
        }

        switch (name)
        {
            case "base_blog_url" or "base_site_url":
                archive.AddSiteAddress(element.Value.Trim());
                break;
            case "author":
                var login = WxrReader.Wp(element, "author_login")?.Trim() ?? "";
                var display = Text(WxrReader.Wp(element, "author_display_name") ?? "");
                archive.AuthorNames[login] = display.Length > 0 ? display : login;
                _log.Count("authors in the export");
                break;
            case "category":
                archive.Terms.Add(("category", WxrReader.Wp(element, "category_nicename") ?? "", WxrReader.Wp(element, "cat_name") ?? "", Blank(WxrReader.Wp(element, "category_description"))));
                break;
            case "tag":
                archive.Terms.Add(("post_tag", WxrReader.Wp(element, "tag_slug") ?? "", WxrReader.Wp(element, "tag_name") ?? "", Blank(WxrReader.Wp(element, "tag_description"))));
                break;
            default:
                break;
        }
    }

    private void Plan(WordpressArchive archive, WxrItem item)
    {
        if (item.Type == "attachment")
        {
            var url = item.AttachmentUrl ?? item.GuidText ?? "";
            archive.Attachments[item.Id] = new WordpressArchive.Attachment(
                url, Blank(item.Meta.GetValueOrDefault("_wp_attachment_image_alt")), Blank(Text(item.Excerpt)), Text(item.Title));
            _log.Count("attachments in the export");
            return;
        }

        if (item.Type == "page" && !_options.Pages)
        {
            _log.Count("pages skipped (import them with --pages)");
            return;
        }

        if (item.Type is not ("post" or "page"))
        {
            _log.Count($"other items skipped ({item.Type})");
            return;
        }

        if (item.Status is "trash" or "auto-draft" or "inherit")
        {
            _log.Count($"posts skipped ({item.Status})");
            return;
        }

        if (item.Password.Length > 0)
        {
            _log.Count("posts skipped (password-protected)");
            _log.Warn(Origin(item), $"'{Text(item.Title)}' is password-protected; skipped (import it by hand if it may be public)");
            return;
        }

        if (DateOf(item, warn: false) is not { } date)
        {
            _log.Count("posts skipped (no date)");
            _log.Warn(Origin(item), $"'{Text(item.Title)}' has no date at all (post_date, post_date_gmt and pubDate are empty or zero); skipped");
            return;
        }

        var slug = Slugs.Of(Decode(item.PostName));
        if (slug.Length == 0)
        {
            slug = Slugs.Of(Text(item.Title));
        }

        if (slug.Length == 0)
        {
            slug = "post-" + Slugs.Of(item.Id);
        }

        var unique = slug;
        for (var n = 2; archive.IsTaken(ArticlePaths.SourcePath(date, unique)); n++)
        {
            unique = $"{slug}-{n.ToString(CultureInfo.InvariantCulture)}";
        }

        archive.Plan(new WordpressArchive.PlannedPost(item.Id, ArticlePaths.SourcePath(date, unique), date, unique, OldUrls(archive, item), IsDraft(item)));
    }

    private static List<string> OldUrls(WordpressArchive archive, WxrItem item)
    {
        var urls = new List<string>();
        if (item.Link is { Length: > 0 } link)
        {
            urls.Add(link);
        }

        if (item.GuidText is { Length: > 0 } guid && OldUrl.TryParse(guid, out _))
        {
            urls.Add(guid);
        }

        if (archive.BaseUrl is { } site)
        {
            urls.Add(new Uri(site, $"/?{(item.Type == "page" ? "page_id" : "p")}={item.Id}").AbsoluteUri);
        }

        return urls.Distinct(StringComparer.Ordinal).ToList();
    }

    private void Import(WordpressArchive archive, WxrItem item, WordpressArchive.PlannedPost planned)
    {
        var origin = Origin(item);
        DateOf(item, warn: true);
        var (html, moreSummary, contentNotes) = WordpressContent.Prepare(item.Content);
        var converted = HtmlToMarkdownConverter.Convert(html, new WordpressUrls(archive, session, planned.SitePath, origin, planned.Draft));
        foreach (var note in contentNotes.Concat(converted.Notes))
        {
            _log.Warn(origin, note);
        }

        var title = Text(item.Title);
        if (title.Length == 0)
        {
            title = $"Untitled post {item.Id}";
            _log.Warn(origin, $"the post has no title; it is called '{title}'");
        }

        var article = new ImportedArticle(origin, title, planned.Date, planned.Slug, converted.Markdown, html)
        {
            Authors = item.Creator is { Length: > 0 } login ? [archive.AuthorNames.GetValueOrDefault(login, login)] : [],
            Summary = Blank(Text(PlainText().Replace(item.Excerpt, " "))) ?? (moreSummary is null ? null : Blank(Text(PlainText().Replace(Superscripts().Replace(moreSummary, ""), " ")))),
            OldUrls = planned.OldUrls,
            Draft = planned.Draft,
        };
        article = Terms(archive, item, article);
        article = FeaturedImage(archive, item, article, origin);
        foreach (var field in new[] { "title", "date", "authors", "body" })
        {
            _log.Field(field, FieldSource.Export);
        }

        session.AddArticle(article);
    }

    private ImportedArticle Terms(WordpressArchive archive, WxrItem item, ImportedArticle article)
    {
        var topics = new List<string>();
        string? section = null;
        foreach (var (domain, nicename, name) in item.Terms)
        {
            if (domain is not ("category" or "post_tag"))
            {
                continue;
            }

            var id = TermId(nicename, name);
            if (id.Length == 0 || (domain == "category" && id == "uncategorized"))
            {
                continue;
            }

            var known = TermOf(archive, domain, id);
            if (domain == "category" && _options.Categories == "sections")
            {
                section ??= id;
                _sectionsUsed.Add(id);
                continue;
            }

            topics.Add(id);
            session.AddTopic(new ImportedTopic(id, Text(known.Name ?? name) is { Length: > 0 } title ? title : Text(name), known.Description is null ? null : Text(known.Description)));
        }

        return article with { Topics = topics.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(), SectionId = section };
    }

    private readonly Dictionary<(string Domain, string Id), (string Domain, string Nicename, string Name, string? Description)> _terms = [];

    private (string Domain, string Nicename, string Name, string? Description) TermOf(WordpressArchive archive, string domain, string id)
    {
        if (_terms.Count == 0)
        {
            foreach (var term in archive.Terms)
            {
                _terms.TryAdd((term.Domain, TermId(term.Nicename, term.Name)), term);
            }
        }

        return _terms.GetValueOrDefault((domain, id));
    }

    private ImportedArticle FeaturedImage(WordpressArchive archive, WxrItem item, ImportedArticle article, string origin)
    {
        if (!item.Meta.TryGetValue("_thumbnail_id", out var id) || !archive.Attachments.TryGetValue(id.Trim(), out var attachment))
        {
            return article;
        }

        if (archive.Uploads is null || UploadsFolder.RelativePathOf(attachment.Url) is not { } relative)
        {
            _log.Warn(origin, $"the featured image {attachment.Url} is not imported: give --uploads DIR to copy it into static/");
            return article;
        }

        if (archive.Uploads.Find(relative, out var resolved) is not { } file)
        {
            _log.Warn(origin, $"the featured image {attachment.Url} is not in the uploads folder; left out");
            return article;
        }

        var sitePath = "static/uploads/" + resolved;
        if (!session.Writer.Has(sitePath))
        {
            session.Writer.Copy(sitePath, file);
            _log.Count("uploads copied");
        }

        var alt = attachment.Alt ?? Blank(attachment.Title);
        if (alt is null)
        {
            alt = article.Title;
            _log.Warn(origin, $"the featured image {resolved} has no alt text; the post's title stands in for it");
        }

        return article with { Image = "uploads/" + resolved, ImageAlt = alt, ImageCaption = attachment.Caption };
    }

    /// <summary>
    /// The post's date on the site's calendar: <c>post_date</c> is already local, so its day is taken as it is; only
    /// when it is zero is <c>post_date_gmt</c> (or <c>pubDate</c>) turned into the site's time zone.
    /// </summary>
    private DateOnly? DateOf(WxrItem item, bool warn)
    {
        if (Local(item.PostDate) is { } local)
        {
            return DateOnly.FromDateTime(local);
        }

        if (warn)
        {
            _log.Warn(Origin(item), $"'{Text(item.Title)}' has a zero date ({item.PostDate ?? "none"}); dated from {(Local(item.PostDateGmt) is null ? "pubDate" : "post_date_gmt")} in the site's time zone");
        }

        if (Local(item.PostDateGmt) is { } utc)
        {
            return DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), _zone));
        }

        if (DateTimeOffset.TryParse(item.PubDate, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var published) && published.Year > 1)
        {
            return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(published, _zone).DateTime);
        }

        return null;
    }

    private static bool IsDraft(WxrItem item) => item.Status is "draft" or "pending" or "private" or "future";

    private static DateTime? Local(string? text) =>
        text is { Length: >= 10 } && !text.StartsWith("0000", StringComparison.Ordinal)
        && DateTime.TryParseExact(text, ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? value
            : null;

    private static TimeZoneInfo ZoneOf(string? id)
    {
        if (id is null)
        {
            return TimeZoneInfo.Utc;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException)
        {
            throw new ImportFailedException($"--timezone '{id}' is not a time zone; give an IANA name like Europe/London");
        }
        catch (InvalidTimeZoneException)
        {
            throw new ImportFailedException($"--timezone '{id}' cannot be read on this machine; give an IANA name like Europe/London");
        }
    }

    private static string CheckedUploads(string uploads) => Directory.Exists(uploads)
        ? uploads
        : throw new ImportFailedException($"--uploads {uploads} is not a folder; give a copy of the site's wp-content/uploads");

    private static string Origin(WxrItem item) => $"post {item.Id}";

    private static string TermId(string nicename, string name)
    {
        var id = Slugs.Of(Decode(nicename));
        return id.Length > 0 ? id : Slugs.Of(Text(name));
    }

    /// <summary>Text as WordPress stores it in titles and names: entities decoded, tags and extra spaces gone.</summary>
    private static string Text(string? html) =>
        html is null ? "" : Spaces().Replace(WebUtility.HtmlDecode(PlainText().Replace(html, "")), " ").Trim();

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private static string Decode(string text)
    {
        try
        {
            return Uri.UnescapeDataString(text);
        }
        catch (UriFormatException)
        {
            return text;
        }
    }

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex PlainText();

    [GeneratedRegex(@"<sup\b.*?</sup>", RegexOptions.Singleline)]
    private static partial Regex Superscripts();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
