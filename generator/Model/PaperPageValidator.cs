using Broadsheet.Diagnostics;
using Broadsheet.Load;

namespace Broadsheet.Model;

/// <summary>Validates a page of the paper's own: a title, an optional description, and its body.</summary>
public static class PaperPageValidator
{
    public static PaperPage? Validate(ParsedSource file, DiagnosticBag diagnostics)
    {
        if (FrontMatterReader.For(file, diagnostics) is not { } reader)
        {
            return null;
        }

        var id = IdCheck.FromFileName(file, diagnostics);
        var title = reader.Text("title", required: true);
        var description = reader.Text("description");
        reader.WarnAboutUnknownKeys();
        return id is null || title is null
            ? null
            : new PaperPage(id, title, description, new MarkdownText(file.Body, file.DisplayPath, file.ReadBody), file.SitePath, file.DisplayPath);
    }
}
