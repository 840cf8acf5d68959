using Broadsheet.Common;
using Broadsheet.Diagnostics;
using Broadsheet.Load;

namespace Broadsheet.Model;

/// <summary>Validates a topic file: a title, an optional description and an optional introduction as its body.</summary>
public static class TopicValidator
{
    public static Topic? Validate(ParsedSource file, DiagnosticBag diagnostics)
    {
        if (FrontMatterReader.For(file, diagnostics) is not { } reader)
        {
            return null;
        }

        var id = IdCheck.FromFileName(file, diagnostics);
        var title = reader.Text("title", required: true) is { } text ? SmartPunctuation.Of(text) : null;
        var description = reader.Text("description");
        reader.WarnAboutUnknownKeys();
        return id is null || title is null
            ? null
            : new Topic(id, title, description, new MarkdownText(file.Body, file.DisplayPath, file.ReadBody));
    }
}
