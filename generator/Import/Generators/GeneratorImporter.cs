using System.Globalization;
using System.Text.RegularExpressions;
using Broadsheet.Import.Markdown;

namespace Broadsheet.Import.Generators;

/// <summary>
/// <c>broadsheet import jekyll|hugo|eleventy DIR</c>: another generator's Markdown with front matter. A first pass reads
/// every file's front matter and plans where each post goes; a second converts template tags and links and writes them.
/// </summary>
public sealed partial class GeneratorImporter(ImportSession session)
{
    private readonly ImportLog _log = session.Log;
    private readonly ImportOptions _options = session.Options;
    private readonly List<Planned> _planned = [];
    private readonly Dictionary<string, string> _byReference = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _byUrl = new(StringComparer.Ordinal);
    private readonly HashSet<string> _paths = new(StringComparer.Ordinal);
    private readonly HashSet<string> _drafts = new(StringComparer.Ordinal);
    private bool _brokenLinks;

    private sealed record Planned(string File, FrontMatterFile Source, string Title, DateOnly Date, string Slug, string SitePath, IReadOnlyList<string> OldUrls, bool Draft);

    public ImportedSite Run()
    {
        var root = Path.GetFullPath(_options.Input);
        var layout = new GeneratorLayout(_options.Kind, root);
        foreach (var file in layout.ContentFiles())
        {
            Plan(root, layout, file);
        }

        session.Progress.Started(_planned.Count);
        foreach (var planned in _planned)
        {
            Import(root, layout, planned);
        }

        return new ImportedSite(SiteTitle(root) ?? "Imported archive", "en", [], LinkCheckWarn: _brokenLinks);
    }

    private void Plan(string root, GeneratorLayout layout, string file)
    {
        if (layout.IsListPage(file))
        {
            _log.Count("list pages skipped (_index.md)");
            return;
        }

        var full = Path.Combine(root, file);
        if (new FileInfo(full).Length > _options.MaxFileBytes)
        {
            throw new ImportFailedException($"{file} is over the size limit of {_options.MaxFileBytes.ToString("N0", CultureInfo.InvariantCulture)} bytes; raise it with --max-size");
        }

        FrontMatterFile source;
        try
        {
            source = FrontMatterFile.Read(File.ReadAllText(full), file);
        }
        catch (ImportFailedException e)
        {
            // One unreadable file does not stop an archive: it is named, with its line and column, and left out.
            _log.Warn(file, $"{e.Describe()}; the file is left out");
            _log.Count("files skipped (front matter unreadable)");
            return;
        }

        if (source.IsFalse("permalink") || source.Flag("eleventyExcludeFromCollections"))
        {
            _log.Count("files skipped (not published as pages)");
            return;
        }

        var (nameDate, name) = GeneratorLayout.FromFileName(file);
        var frontDate = source.Text("date") is { } written ? DateOf(written) : null;
        if (source.Text("date") is { } unreadable && frontDate is null)
        {
            _log.Warn(file, $"its date '{unreadable}' cannot be read{(nameDate is null ? "" : "; the file name's date is used")}");
        }

        if ((frontDate ?? nameDate) is not { } date)
        {
            _log.Count("files skipped (no date: pages, not posts)");
            return;
        }

        _log.Field("date", frontDate is null ? FieldSource.FileName : FieldSource.FrontMatter);
        var title = source.Text("title");
        _log.Field("title", title is null ? FieldSource.FileName : FieldSource.FrontMatter);
        title ??= name.Replace('-', ' ');
        var slug = Slugs.Of(source.Text("slug") ?? name);
        if (slug.Length == 0)
        {
            slug = Slugs.Of(title) is { Length: > 0 } fromTitle ? fromTitle : "post";
        }

        var unique = ArticlePaths.FreeSlug(date, slug, _paths.Contains);

        var sitePath = ArticlePaths.SourcePath(date, unique);
        _paths.Add(sitePath);
        var oldUrls = new List<string>();
        foreach (var key in new[] { "permalink", "url" })
        {
            if (source.Text(key) is { } url)
            {
                oldUrls.Add(url.StartsWith('/') ? url : "/" + url);
            }
        }

        oldUrls.AddRange(source.List("redirect_from").Concat(source.List("aliases")).Select(u => u.StartsWith('/') || u.Contains("://", StringComparison.Ordinal) ? u : "/" + u));
        if (oldUrls.Count == 0 || _options.Kind != "eleventy")
        {
            oldUrls.Add(layout.DefaultUrl(file, date, slug, source.List("categories", spaceSeparated: true).Concat(source.Text("category") is { } c ? [c] : []).ToList()));
        }

        foreach (var url in oldUrls)
        {
            if (OldUrl.Key(url) is { } key)
            {
                _byUrl.TryAdd(key, sitePath);
            }
        }

        // What template tags name a post by: its path, its path inside content/ or _posts/, its name with and without the date.
        var withoutExtension = file[..file.LastIndexOf('.')];
        foreach (var reference in new[] { file, withoutExtension, Path.GetFileName(file), Path.GetFileNameWithoutExtension(file), name,
            file.StartsWith("content/", StringComparison.Ordinal) ? file["content/".Length..] : null,
            file.StartsWith("content/", StringComparison.Ordinal) ? "/" + file["content/".Length..] : null })
        {
            if (reference is not null)
            {
                _byReference.TryAdd(reference, sitePath);
            }
        }

        var draft = layout.IsDraftFolder(file) || source.Flag("draft") || source.IsFalse("published");
        if (draft)
        {
            _drafts.Add(sitePath);
        }

        _planned.Add(new Planned(file, source, title, date, unique, sitePath, oldUrls.Distinct(StringComparer.Ordinal).ToList(), draft));
    }

    private void Import(string root, GeneratorLayout layout, Planned planned)
    {
        var source = planned.Source;
        var unknown = new SortedSet<string>(StringComparer.Ordinal);
        var body = TemplateTags.Convert(source.Body, reference => Reference(reference, planned), tag => unknown.Add(tag));
        foreach (var tag in unknown)
        {
            _log.Warn(planned.File, $"template tag {tag} has no Broadsheet form; kept as it was");
        }

        body = Links().Replace(body, m => m.Groups[1].Value + Address(root, layout, planned, m.Groups[2].Value, m.Groups[1].Value.StartsWith('!')) + m.Groups[3].Value);
        if (body.Length > 0 && !body.EndsWith('\n'))
        {
            body += "\n";
        }

        var topics = source.List("tags", spaceSeparated: _options.Kind == "jekyll")
            .Concat(source.List("categories", spaceSeparated: _options.Kind == "jekyll"))
            .Concat(source.Text("category") is { } category ? [category] : [])
            .Select(t => (Id: Slugs.Of(t), Title: t))
            .Where(t => t.Id.Length > 0 && !(_options.Kind == "eleventy" && t.Id is "post" or "posts"))
            .DistinctBy(t => t.Id)
            .ToList();
        foreach (var (id, title) in topics)
        {
            session.AddTopic(new ImportedTopic(id, title));
        }

        if (topics.Count > 0)
        {
            _log.Field("topics", FieldSource.FrontMatter);
        }

        var authors = source.List("authors");
        if (authors.Count == 0 && source.Text("author") is { } author)
        {
            authors = [author];
        }

        var (image, alt) = Image(root, layout, planned);
        session.AddArticle(new ImportedArticle(planned.File, planned.Title, planned.Date, planned.Slug, body, ImportMarkdown.ToHtml(source.Body))
        {
            Subtitle = source.Text("subtitle"),
            Authors = authors,
            Topics = topics.Select(t => t.Id).Order(StringComparer.Ordinal).ToList(),
            Summary = source.Text("summary", "description", "excerpt"),
            Image = image,
            ImageAlt = alt,
            ImageCaption = source.Text("image_caption", "caption"),
            OldUrls = planned.OldUrls,
            Draft = planned.Draft,
        });
    }

    private string? SiteTitle(string root)
    {
        foreach (var config in new[] { "_config.yml", "hugo.toml", "config.toml", "hugo.yaml", "config.yaml", "_data/site.json", "_data/metadata.json" })
        {
            var path = Path.Combine(root, config);
            if (File.Exists(path) && ConfigTitle().Match(File.ReadAllText(path)) is { Success: true } match)
            {
                return (match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value).Trim().Trim('"', '\'');
            }
        }

        _log.Warn(_options.Input.Replace('\\', '/'), "no site title in the generator's configuration; site.yml calls the archive 'Imported archive'");
        return null;
    }

    private static DateOnly? DateOf(string written) =>
        written.Length >= 10 && DateOnly.TryParseExact(written[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static (string Path, string Fragment) SplitFragment(string url)
    {
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? (url, "") : (url[..hash], url[hash..]);
    }

    /// <summary>A Markdown link or image address: <c>](address</c> up to a space, a quote or the closing parenthesis.</summary>
    [GeneratedRegex(@"(!?\[[^\]]*\]\()([^)\s""]+)([)\s])")]
    private static partial Regex Links();

    [GeneratedRegex(@"^\s*title\s*[:=]\s*(.+?)\s*$|""title""\s*:\s*""([^""]*)""", RegexOptions.Multiline)]
    private static partial Regex ConfigTitle();
}
