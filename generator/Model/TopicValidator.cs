using Broadsheet.Diagnostics;
using Broadsheet.Load;

namespace Broadsheet.Model;

/// <summary>Validates a topic file: a title, an optional description and an optional introduction as its body.</summary>
public static class TopicValidator
{
    public static Topic? Validate(SourceFile file, DiagnosticBag diagnostics)
    {
        var document = FrontMatterParser.Parse(file, diagnostics);
        if (document is null)
        {
            return null;
        }

        var reader = new FrontMatterReader(file.DisplayPath, document.FrontMatter, diagnostics);
        var id = IdCheck.FromFileName(file, diagnostics);
        var title = reader.Text("title", required: true);
        var description = reader.Text("description");
        reader.WarnAboutUnknownKeys();
        return id is null || title is null
            ? null
            : new Topic(id, title, description, new MarkdownText(document.Body, file.DisplayPath, document.BodyLine));
    }
}
