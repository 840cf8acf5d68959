using Broadsheet.Model;

namespace Broadsheet.Images;

/// <summary>One file made of a photograph.</summary>
/// <param name="OutputPath">Its path in the site.</param>
/// <param name="FileName">Its name in the image store's folder for the photograph.</param>
public sealed record Derivative(string OutputPath, string FileName, int Width, int Height, ImageFormat Format)
{
    public string MediaType => Format switch
    {
        ImageFormat.Webp => "image/webp",
        ImageFormat.Avif => "image/avif",
        _ => "image/jpeg",
    };
}
