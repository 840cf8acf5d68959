using Broadsheet.Diagnostics;
using Broadsheet.Load;

namespace Broadsheet.Model;

/// <summary>Validates an issue file: title, date, number and an optional PDF under static/.</summary>
public static class IssueValidator
{
    public static Issue? Validate(SourceFile file, ISet<string> staticFiles, DiagnosticBag diagnostics)
    {
        var document = FrontMatterParser.Parse(file, diagnostics);
        if (document is null)
        {
            return null;
        }

        var reader = new FrontMatterReader(file.DisplayPath, document.FrontMatter, diagnostics);
        var id = IdCheck.FromFileName(file, diagnostics);
        var title = reader.Text("title", required: true);
        var date = reader.Date("date", required: true);
        var number = reader.WholeNumber("number", required: true);
        var pdf = StaticReference.Check(reader, "pdf", staticFiles);
        reader.WarnAboutUnknownKeys();
        if (id is null || title is null || date is null || number is null)
        {
            return null;
        }

        return new Issue(id, title, date.Value, number.Value, pdf, new MarkdownText(document.Body, file.DisplayPath, document.BodyLine));
    }
}
