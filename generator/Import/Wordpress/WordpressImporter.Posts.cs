using Broadsheet.Import.Markdown;

namespace Broadsheet.Import.Wordpress;

/// <summary>The second pass: one post converted and written, with its terms and featured image.</summary>
public sealed partial class WordpressImporter
{
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
            var sectionId = domain != "category" ? null : _options.Categories == "sections" ? id : _sectionMap?.SectionOf(id);
            if (sectionId is not null)
            {
                if (section is null)
                {
                    section = sectionId;
                    _sectionsUsed.TryAdd(sectionId, Text(known.Name ?? name) is { Length: > 0 } sectionTitle ? sectionTitle : sectionId);
                }

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
}
