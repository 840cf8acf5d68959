namespace Broadsheet.Images;

/// <summary>Which files of <c>static/</c> are photographs: raster images libvips makes derivatives of. SVG is left as it is.</summary>
public static class ImageFiles
{
    public static bool IsRaster(string sitePath) =>
        Path.GetExtension(sitePath).ToLowerInvariant() is ".jpg" or ".jpeg" or ".png" or ".webp" or ".gif" or ".tif" or ".tiff";
}
