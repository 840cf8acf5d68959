namespace Broadsheet.Books;

/// <summary>The image types every EPUB 3 reading system must show (core media types), by file extension.</summary>
public static class EpubMediaTypes
{
    /// <summary>The media type of an image file, or null when it is not a core media type and so is left out of the book.</summary>
    public static string? OfImage(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".gif" => "image/gif",
        ".webp" => "image/webp",
        _ => null,
    };
}
