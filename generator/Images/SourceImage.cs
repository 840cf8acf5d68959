namespace Broadsheet.Images;

/// <summary>What a photograph's header says, as it will be shown: width and height after its EXIF orientation.</summary>
/// <param name="Loader">libvips's name for its format, like <c>jpegload</c>.</param>
/// <param name="Orientation">The EXIF orientation, 1 (upright) to 8; 1 when it has none.</param>
/// <param name="Key">The hash of its bytes.</param>
public sealed record SourceImage(int Width, int Height, string Loader, int Orientation, string Key)
{
    public bool IsJpeg => Loader.StartsWith("jpegload", StringComparison.Ordinal);

    public bool IsPng => Loader.StartsWith("pngload", StringComparison.Ordinal);

    public bool IsGif => Loader.StartsWith("gifload", StringComparison.Ordinal);

    public bool IsWebp => Loader.StartsWith("webpload", StringComparison.Ordinal);
}
