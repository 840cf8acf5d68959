using Broadsheet.Common;
using NetVips;

namespace Broadsheet.Images;

/// <summary>
/// Reads a photograph's header, never its pixels: its size as shown, its format, its orientation. A file libvips cannot
/// read, one cut short, or one too large to decode safely is a problem, in words for the writer.
/// </summary>
public static class ImageProbe
{
    private static readonly string[] Loaders = ["jpegload", "pngload", "webpload", "gifload", "tiffload"];

    /// <returns>The image, or the problem with it (one of the two is null).</returns>
    public static (SourceImage? Image, string? Problem) Probe(string fullPath, long maxPixels, string? knownKey = null)
    {
        if (Vips.Unavailable is { } why)
        {
            return (null, $"libvips, which makes the photographs' sizes, could not start on this machine ({why})");
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(fullPath);
        }
        catch (IOException e)
        {
            return (null, $"it cannot be read ({e.Message})");
        }

        if (CutShort(bytes) is { } truncated)
        {
            return (null, truncated);
        }

        try
        {
            using var image = Image.NewFromBuffer(bytes, access: Enums.Access.Sequential, failOn: Enums.FailOn.Error);
            var loader = image.Contains("vips-loader") ? (string)image.Get("vips-loader") : "";
            if (!Loaders.Any(l => loader.StartsWith(l, StringComparison.Ordinal)))
            {
                return (null, $"it is not a JPEG, PNG, WebP, GIF or TIFF image (libvips reads it as '{loader}'); convert it to JPEG or PNG");
            }

            var orientation = image.Contains("orientation") ? Math.Clamp((int)image.Get("orientation"), 1, 8) : 1;
            var (width, height) = orientation >= 5 ? (image.Height, image.Width) : (image.Width, image.Height);
            if ((long)width * height > maxPixels)
            {
                return (null, $"it is {width}×{height} pixels ({(long)width * height / 1_000_000} megapixels), above the limit of {maxPixels / 1_000_000}: "
                    + "decoding it would take gigabytes; scale it down, or raise 'max_megapixels' under 'images:' in site.yml");
            }

            return (new SourceImage(width, height, loader, orientation, knownKey ?? Fingerprint.Of(bytes)), null);
        }
        catch (VipsException e)
        {
            return (null, $"it is not an image libvips can read ({FirstLine(e.Message)}); export it again as JPEG or PNG");
        }
    }

    /// <summary>A JPEG or PNG whose end is missing (an upload cut off): libvips would decode it with grey where the rest was.</summary>
    private static string? CutShort(byte[] bytes)
    {
        if (bytes is [0xFF, 0xD8, ..])
        {
            // The end-of-image marker, allowing for the padding some cameras write after it.
            var tail = bytes.AsSpan(Math.Max(0, bytes.Length - 4096));
            return tail.IndexOf([(byte)0xFF, (byte)0xD9]) >= 0 ? null : "the JPEG file is cut short (it has no end marker): copy it again from the original";
        }

        if (bytes is [0x89, 0x50, 0x4E, 0x47, ..])
        {
            var tail = bytes.AsSpan(Math.Max(0, bytes.Length - 64));
            return tail.IndexOf("IEND"u8) >= 0 ? null : "the PNG file is cut short (it has no IEND chunk): copy it again from the original";
        }

        return null;
    }

    private static string FirstLine(string message)
    {
        var line = message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? message;
        return line.TrimEnd('.', ':');
    }
}
