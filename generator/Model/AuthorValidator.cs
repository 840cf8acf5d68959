using Broadsheet.Diagnostics;
using Broadsheet.Load;

namespace Broadsheet.Model;

/// <summary>Validates an author file: the name bylines use, a short bio and a portrait.</summary>
public static class AuthorValidator
{
    public static Author? Validate(ParsedSource file, ISet<string> staticFiles, DiagnosticBag diagnostics)
    {
        if (FrontMatterReader.For(file, diagnostics) is not { } reader)
        {
            return null;
        }

        var id = IdCheck.FromFileName(file, diagnostics);
        var name = reader.Text("name", required: true);
        var bio = reader.Text("bio");
        var portrait = StaticReference.Check(reader, "portrait", staticFiles);
        var alt = reader.Text("portrait_alt") ?? (name is null ? null : $"Portrait of {name}");
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

        return new Author(id, name, bio, portrait is null ? null : new ArticleImage(portrait, alt!, null, reader.AtValueOrStart("portrait")));
    }
}
