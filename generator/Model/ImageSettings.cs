namespace Broadsheet.Model;

/// <summary>The encodings a photograph's derivatives are written in, from the one every reader shows to the smallest.</summary>
public enum ImageFormat
{
    Jpeg,
    Webp,
    Avif,
}

/// <summary>
/// How photographs are published, from site.yml's <c>images:</c>: the widths of the article column's derivatives, the
/// list thumbnail's width, the formats and their quality, and whether the originals themselves are published.
/// </summary>
/// <param name="Widths">The widths written for the article column, smallest first; an image is never made wider than it is.</param>
/// <param name="Thumbnail">The width of the thumbnail lists show beside a headline.</param>
/// <param name="Formats">The formats written, JPEG always among them (every browser and e-reader shows it).</param>
/// <param name="KeepOriginals">Publish the original files as they are, metadata and all, rather than stripped.</param>
/// <param name="MaxPixels">Larger images are refused: decoding one would take gigabytes (a decompression bomb).</param>
/// <param name="EpubWidth">The widest derivative an EPUB book packs.</param>
public sealed record ImageSettings(
    IReadOnlyList<int> Widths,
    int Thumbnail,
    IReadOnlyList<ImageFormat> Formats,
    int JpegQuality,
    int WebpQuality,
    int AvifQuality,
    bool KeepOriginals,
    long MaxPixels,
    int EpubWidth)
{
    public static ImageSettings Default { get; } = new([480, 800, 1200, 1600], 320, [ImageFormat.Webp, ImageFormat.Jpeg], 82, 78, 55, false, 100_000_000, 1200);

    /// <summary>Everything that changes a derivative's bytes, for the keys of the derivatives made with these settings.</summary>
    public string Key =>
        $"w={string.Join(',', Widths)};t={Thumbnail};f={string.Join(',', Formats)};q={JpegQuality},{WebpQuality},{AvifQuality};o={KeepOriginals};e={EpubWidth}";
}
