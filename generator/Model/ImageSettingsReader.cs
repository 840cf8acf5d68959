using Broadsheet.Diagnostics;
using Broadsheet.Load;

namespace Broadsheet.Model;

/// <summary>Reads site.yml's <c>images:</c> into <see cref="ImageSettings"/>; every key may be left out for its default.</summary>
public static class ImageSettingsReader
{
    private const int SmallestWidth = 16;
    private const int LargestWidth = 8192;

    public static ImageSettings Read(FrontMatterReader site, FrontMatterNode? node, DiagnosticBag diagnostics)
    {
        var defaults = ImageSettings.Default;
        if (node is null)
        {
            return defaults;
        }

        if (node is not FrontMatterMapping mapping)
        {
            site.Error(node, "'images' must hold keys such as 'widths: [480, 800, 1200, 1600]' and 'formats: [webp, jpeg]', one per line");
            return defaults;
        }

        var reader = new FrontMatterReader(site.DisplayPath, mapping, diagnostics);
        var widths = Widths(reader) ?? defaults.Widths;
        var thumbnail = Width(reader, "thumbnail") ?? defaults.Thumbnail;
        var epub = Width(reader, "epub_width") ?? defaults.EpubWidth;
        var formats = Formats(reader) ?? defaults.Formats;
        var (jpeg, webp, avif) = Quality(reader, mapping.Find("quality"), diagnostics, defaults);
        var keep = Originals(reader);
        var megapixels = reader.WholeNumber("max_megapixels");
        if (megapixels is < 1 or > 1000)
        {
            reader.Error("max_megapixels", $"'max_megapixels' must be between 1 and 1000; {megapixels} is not");
        }

        reader.Expect("quality");
        reader.WarnAboutUnknownKeys();
        return new ImageSettings(widths, thumbnail, formats, jpeg, webp, avif, keep, (megapixels ?? defaults.MaxPixels / 1_000_000) * 1_000_000L, epub);
    }

    private static List<int>? Widths(FrontMatterReader reader)
    {
        var items = reader.TextList("widths");
        if (items.Count == 0)
        {
            return null;
        }

        var widths = new SortedSet<int>();
        foreach (var (text, location) in items)
        {
            if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var width)
                && width is >= SmallestWidth and <= LargestWidth)
            {
                widths.Add(width);
            }
            else
            {
                reader.Error(location, $"each of 'widths' must be a number of pixels from {SmallestWidth} to {LargestWidth}; '{text}' is not");
            }
        }

        return widths.Count == 0 ? null : [.. widths];
    }

    private static int? Width(FrontMatterReader reader, string key)
    {
        var width = reader.WholeNumber(key);
        if (width is < SmallestWidth or > LargestWidth)
        {
            reader.Error(key, $"'{key}' must be a number of pixels from {SmallestWidth} to {LargestWidth}; {width} is not");
            return null;
        }

        return width;
    }

    private static List<ImageFormat>? Formats(FrontMatterReader reader)
    {
        var items = reader.TextList("formats");
        if (items.Count == 0)
        {
            return null;
        }

        var formats = new List<ImageFormat>();
        foreach (var (text, location) in items)
        {
            ImageFormat? format = text.ToLowerInvariant() switch
            {
                "jpeg" or "jpg" => ImageFormat.Jpeg,
                "webp" => ImageFormat.Webp,
                "avif" => ImageFormat.Avif,
                _ => null,
            };
            if (format is null)
            {
                reader.Error(location, $"'{text}' is not an image format Broadsheet writes; use jpeg, webp or avif");
            }
            else if (!formats.Contains(format.Value))
            {
                formats.Add(format.Value);
            }
        }

        // JPEG is the fallback every browser and e-reader shows: always written, and always last in a <picture>.
        formats.Remove(ImageFormat.Jpeg);
        formats.Sort();
        formats.Add(ImageFormat.Jpeg);
        return formats;
    }

    private static (int Jpeg, int Webp, int Avif) Quality(FrontMatterReader site, FrontMatterNode? node, DiagnosticBag diagnostics, ImageSettings defaults)
    {
        if (node is null)
        {
            return (defaults.JpegQuality, defaults.WebpQuality, defaults.AvifQuality);
        }

        if (node is not FrontMatterMapping mapping)
        {
            site.Error(node, "'quality' must hold a number from 1 to 100 per format, like 'jpeg: 82' and 'webp: 78' on lines of their own");
            return (defaults.JpegQuality, defaults.WebpQuality, defaults.AvifQuality);
        }

        var reader = new FrontMatterReader(site.DisplayPath, mapping, diagnostics);
        var result = (Of(reader, "jpeg") ?? defaults.JpegQuality, Of(reader, "webp") ?? defaults.WebpQuality, Of(reader, "avif") ?? defaults.AvifQuality);
        reader.WarnAboutUnknownKeys();
        return result;

        static int? Of(FrontMatterReader reader, string key)
        {
            var quality = reader.WholeNumber(key);
            if (quality is < 1 or > 100)
            {
                reader.Error(key, $"the quality of {key} must be from 1 to 100; {quality} is not");
                return null;
            }

            return quality;
        }
    }

    private static bool Originals(FrontMatterReader reader)
    {
        switch (reader.Text("originals"))
        {
            case null or "strip":
                return false;
            case "keep":
                return true;
            case var other:
                reader.Error("originals", $"'originals' must be 'strip' (publish them without their metadata, the default) or 'keep' (as they are, GPS and all); '{other}' is neither");
                return false;
        }
    }
}
