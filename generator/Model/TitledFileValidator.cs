using Broadsheet.Diagnostics;
using Broadsheet.Load;

namespace Broadsheet.Model;

/// <summary>
/// Validates a file that is a title, an optional description and a Markdown body, named by its id: a topic (its body an
/// introduction) or a page of the paper's own.
/// </summary>
public static class TitledFileValidator
{
    public static T? Validate<T>(ParsedSource file, DiagnosticBag diagnostics, Func<string, string, string?, MarkdownText, T> make)
        where T : class
    {
        if (FrontMatterReader.For(file, diagnostics) is not { } reader)
        {
            return null;
        }

        var id = IdCheck.FromFileName(file, diagnostics);
        var title = reader.Typeset("title", required: true);
        var description = reader.Text("description");
        reader.WarnAboutUnknownKeys();
        return id is null || title is null
            ? null
            : make(id, title, description, new MarkdownText(file.Body, file.DisplayPath, file.SitePath, file.ReadBody));
    }
}
