using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;

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
    private readonly Dictionary<string, string> _sectionsUsed = new(StringComparer.Ordinal);
    private readonly SectionMap? _sectionMap = session.Options.SectionMap is { } map ? SectionMap.Load(map) : null;

    public ImportedSite Run()
    {
        var archive = new WordpressArchive
        {
            Uploads = _options.Uploads is { } uploads ? new UploadsFolder(CheckedUploads(uploads)) : null,
        };
        session.Progress.Reading($"reading {Path.GetFileName(_options.Input)}: authors, terms, attachments and where each post goes");
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

        // Sections in the map's order, or in the export's order of categories; only those some post is in.
        var order = _sectionMap is not null
            ? _sectionMap.SectionIds
            : archive.Terms.Where(t => t.Domain == "category").Select(t => TermId(t.Nicename, t.Name)).ToList();
        var sections = order.Distinct(StringComparer.Ordinal).Where(_sectionsUsed.ContainsKey).Select(id => new ImportedTopic(id, _sectionsUsed[id])).ToList();
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

        var slug = Slugs.Of(OldUrl.Decode(item.PostName));
        if (slug.Length == 0)
        {
            slug = Slugs.Of(Text(item.Title));
        }

        if (slug.Length == 0)
        {
            slug = "post-" + Slugs.Of(item.Id);
        }

        var unique = ArticlePaths.FreeSlug(date, slug, archive.IsTaken);

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

    private static string CheckedUploads(string uploads) => Directory.Exists(uploads)
        ? uploads
        : throw new ImportFailedException($"--uploads {uploads} is not a folder; give a copy of the site's wp-content/uploads");

    private static string Origin(WxrItem item) => $"post {item.Id}";

    private static string TermId(string nicename, string name)
    {
        var id = Slugs.Of(OldUrl.Decode(nicename));
        return id.Length > 0 ? id : Slugs.Of(Text(name));
    }

    /// <summary>Text as WordPress stores it in titles and names: entities decoded, tags and extra spaces gone.</summary>
    private static string Text(string? html) =>
        html is null ? "" : Spaces().Replace(WebUtility.HtmlDecode(PlainText().Replace(html, "")), " ").Trim();

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex PlainText();

    [GeneratedRegex(@"<sup\b.*?</sup>", RegexOptions.Singleline)]
    private static partial Regex Superscripts();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
