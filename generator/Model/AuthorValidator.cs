using Broadsheet.Diagnostics;
using Broadsheet.Load;

namespace Broadsheet.Model;

/// <summary>Validates an author file: the name bylines use, and a short bio.</summary>
public static class AuthorValidator
{
    public static Author? Validate(ParsedSource file, DiagnosticBag diagnostics)
    {
        if (FrontMatterReader.For(file, diagnostics) is not { } reader)
        {
            return null;
        }

        var id = IdCheck.FromFileName(file, diagnostics);
        var name = reader.Text("name", required: true);
        var bio = reader.Text("bio");
        reader.WarnAboutUnknownKeys();
        if (id is null || name is null)
        {
            return null;
        }

        if (Ids.Slugify(name) != id)
        {
            diagnostics.Error(
                reader.AtValueOrStart("name"),
                $"the name '{name}' does not match the file name; rename the file to '{Ids.Slugify(name)}.md'");
            return null;
        }

        return new Author(id, name, bio);
    }
}
