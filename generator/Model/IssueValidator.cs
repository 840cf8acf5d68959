using Broadsheet.Diagnostics;
using Broadsheet.Load;

namespace Broadsheet.Model;

/// <summary>Validates an issue file: title, date, number and an optional PDF and audio edition under static/.</summary>
public static class IssueValidator
{
    public static Issue? Validate(ParsedSource file, ISet<string> staticFiles, DiagnosticBag diagnostics)
    {
        if (FrontMatterReader.For(file, diagnostics) is not { } reader)
        {
            return null;
        }

        var id = IdCheck.FromFileName(file, diagnostics);
        var title = reader.Typeset("title", required: true);
        var date = reader.Date("date", required: true);
        var number = reader.WholeNumber("number", required: true);
        var pdf = StaticReference.Check(reader, "pdf", staticFiles);
        var audio = AudioReference.Check(reader, "audio", staticFiles);
        reader.WarnAboutUnknownKeys();
        if (id is null || title is null || date is null || number is null)
        {
            return null;
        }

        return new Issue(id, title, date.Value, number.Value, pdf, new MarkdownText(file.Body, file.DisplayPath, file.SitePath, file.ReadBody)) { Audio = audio };
    }
}
