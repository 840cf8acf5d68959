using Broadsheet.Diagnostics;

namespace Broadsheet.Model;

/// <summary>An article's lead image (or an author's portrait, a promotion's picture): a file under <c>static/</c>, its alt text and optional caption.</summary>
/// <param name="Location">Where the front matter names it, for a problem with the file.</param>
public sealed record ArticleImage(string Path, string Alt, string? Caption, SourceLocation Location)
{
    /// <summary>The image a front matter names with <c>image</c>, <c>image_alt</c> (required with it) and, if asked for, <c>image_caption</c>.</summary>
    public static ArticleImage? Read(FrontMatterReader reader, ISet<string> staticFiles, bool withCaption)
    {
        var path = StaticReference.Check(reader, "image", staticFiles);
        var alt = reader.Text("image_alt");
        var caption = withCaption ? reader.Typeset("image_caption") : null;
        if (reader.Has("image") && alt is null)
        {
            reader.Error("image", "an image needs 'image_alt': a short description for readers who cannot see it");
        }

        return path is null || alt is null ? null : new ArticleImage(path, alt, caption, reader.AtValueOrStart("image"));
    }
}
