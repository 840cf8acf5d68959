using Broadsheet.Model;
using NetVips;

namespace Broadsheet.Images;

/// <summary>
/// Makes a photograph's derivatives with libvips: decoded once — shrunk while it loads to the widest size needed, or whole
/// when the large version must be encoded again — turned upright by its EXIF orientation, converted to 8-bit sRGB, then
/// resized to each width and encoded in each format with no metadata.
/// </summary>
public static class ImageMaker
{
    /// <summary>Flattened onto white for JPEG, which has no transparency.</summary>
    private static readonly double[] White = [255, 255, 255];

    /// <summary>Writes every file of <paramref name="image"/> into <paramref name="folder"/>, named by <see cref="Derivative.FileName"/>.</summary>
    /// <exception cref="VipsException">The file is damaged past what its header showed.</exception>
    public static void Make(PlannedImage image, string folder)
    {
        var large = image.Large;
        var largeDone = WriteLargeAsIs(image, Path.Combine(folder, large.FileName));
        var sized = image.All.Where(d => d.FileName != large.FileName || !largeDone).OrderByDescending(d => d.Width).ToList();
        var widest = sized.Count == 0 ? 0 : sized[0].Width;

        // Shrink-on-load: a JPEG is decoded at a half, a quarter or an eighth of its size when that is still wide enough.
        using var loaded = Image.Thumbnail(image.FullPath, widest, height: 10_000_000, size: Enums.Size.Down, failOn: Enums.FailOn.Error);
        using var upright = Srgb(loaded);
        using var decoded = upright.CopyMemory();
        foreach (var width in sized.Select(d => d.Width).Distinct())
        {
            using var resized = width == decoded.Width ? decoded.Copy() : decoded.ThumbnailImage(width, height: 10_000_000, size: Enums.Size.Down);
            foreach (var derivative in sized.Where(d => d.Width == width))
            {
                Save(resized, derivative, Path.Combine(folder, derivative.FileName), image.Quality);
            }
        }
    }

    /// <summary>The large version without decoding, where the bytes allow: false when it must be encoded again.</summary>
    private static bool WriteLargeAsIs(PlannedImage image, string path)
    {
        var source = image.Source;
        if (image.KeepOriginal || source.IsGif)
        {
            File.Copy(image.FullPath, path);
            return true;
        }

        if (!(source.IsJpeg || source.IsPng) || source.Orientation != 1)
        {
            return false;
        }

        var bytes = File.ReadAllBytes(image.FullPath);
        var stripped = source.IsJpeg ? MetadataStripper.Jpeg(bytes) : MetadataStripper.Png(bytes);
        if (stripped is null)
        {
            return false;
        }

        File.WriteAllBytes(path, stripped);
        return true;
    }

    /// <summary>8-bit sRGB: CMYK, 16-bit and grey images are converted (thumbnail has already applied an embedded ICC profile).</summary>
    private static Image Srgb(Image image)
    {
        var srgb = image.Interpretation is Enums.Interpretation.Srgb && image.Format is Enums.BandFormat.Uchar
            ? image.Copy()
            : image.Colourspace(Enums.Interpretation.Srgb);
        if (srgb.Format is Enums.BandFormat.Uchar)
        {
            return srgb;
        }

        using (srgb)
        {
            return srgb.Cast(Enums.BandFormat.Uchar);
        }
    }

    private static void Save(Image image, Derivative derivative, string path, ImageSettings settings)
    {
        switch (derivative.Format)
        {
            case ImageFormat.Webp:
                // Effort 2 rather than libwebp's default 4: a fraction of the time for a few per cent more bytes (bench/README.md, "Photographs").
                image.Webpsave(path, q: settings.WebpQuality, effort: 2, keep: Enums.ForeignKeep.None);
                break;
            case ImageFormat.Avif:
                image.Heifsave(path, q: settings.AvifQuality, compression: Enums.ForeignHeifCompression.Av1, effort: 2, keep: Enums.ForeignKeep.None);
                break;
            default:
                using (var flat = image.HasAlpha() ? image.Flatten(background: White) : image.Copy())
                {
                    flat.Jpegsave(path, q: settings.JpegQuality, optimizeCoding: true, interlace: true, keep: Enums.ForeignKeep.None);
                }

                break;
        }
    }
}
