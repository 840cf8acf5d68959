using Broadsheet.Common;
using Broadsheet.Diagnostics;
using Broadsheet.Load;

namespace Broadsheet.Model;

/// <summary>Validates a promotion: its title and link, an optional image with its alt text, and the topics and sections it belongs to.</summary>
public static class PromoValidator
{
    public static Promo? Validate(ParsedSource file, References references, DiagnosticBag diagnostics)
    {
        if (FrontMatterReader.For(file, diagnostics) is not { } reader)
        {
            return null;
        }

        var id = IdCheck.FromFileName(file, diagnostics);
        var title = reader.Typeset("title", required: true);
        var link = reader.Text("link", required: true);
        var image = ArticleImage.Read(reader, references.StaticFiles, withCaption: false);
        var errors = reader.ErrorCount;
        var topics = ReferenceList.Resolve(reader, "topics", "topic", references.Topics, id => $"; add topics/{id}.md to create it", references.FailedTopics, "promotion");
        var sections = ReferenceList.Resolve(reader, "sections", "section", references.Sections, _ => "; it must be one of the sections of site.yml");
        var belongsNowhere = topics.Count == 0 && sections.Count == 0 && reader.ErrorCount == errors;
        reader.WarnAboutUnknownKeys();
        if (link is not null && !ExternalUrl.IsValid(link))
        {
            reader.Error("link", $"'link' is '{link}'; it must be {ExternalUrl.Expected}");
        }

        if (belongsNowhere)
        {
            reader.Error(reader.Start, "a promotion is shown on the articles and topic pages it belongs to; add 'topics: [...]' or 'sections: [...]', or both");
        }

        return reader.HasErrors || id is null || title is null || link is null
            ? null
            : new Promo(id, title, link, image, topics, sections, new MarkdownText(file.Body, file.DisplayPath, file.SitePath, file.ReadBody));
    }
}
