namespace Broadsheet.Import.Markdown;

/// <summary>Rewrites the addresses a converted body holds: links to imported articles, images copied into <c>static/</c>.</summary>
public interface IUrlMapper
{
    /// <summary>The address a link should have in the imported Markdown; null to keep its text without the link.</summary>
    string? Link(string href);

    /// <summary>The address an image should have in the imported Markdown; null to leave the image out (the mapper says why).</summary>
    string? Image(string src);
}
