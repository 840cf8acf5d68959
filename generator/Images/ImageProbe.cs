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

        string key;
        try
        {
            // Read a piece at a time: a camera's photograph is several megabytes, and only its ends and its hash are wanted.
            using var file = File.OpenRead(fullPath);
            if (CutShort(file) is { } truncated)
            {
                return (null, truncated);
            }

            file.Position = 0;
            key = knownKey ?? Fingerprint.OfFile(file);
        }
        catch (IOException e)
        {
            return (null, $"it cannot be read ({e.Message})");
        }

        try
        {
            using var image = Image.NewFromFile(fullPath, access: Enums.Access.Sequential, failOn: Enums.FailOn.Error);
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

            return (new SourceImage(width, height, loader, orientation, key), null);
        }
        catch (VipsException e)
        {
            return (null, $"it is not an image libvips can read ({FirstLine(e.Message)}); export it again as JPEG or PNG");
        }
    }

    /// <summary>A JPEG or PNG whose end is missing (an upload cut off): libvips would decode it with grey where the rest was.</summary>
    private static string? CutShort(FileStream file)
    {
        Span<byte> head = stackalloc byte[4];
        var length = file.Read(head);
        Span<byte> tail = stackalloc byte[4096];
        file.Position = Math.Max(0, file.Length - tail.Length);
        tail = tail[..file.Read(tail)];
        if (length >= 2 && head[0] == 0xFF && head[1] == 0xD8)
        {
            // The end-of-image marker, allowing for the padding some cameras write after it.
            return tail.IndexOf([(byte)0xFF, (byte)0xD9]) >= 0 ? null : "the JPEG file is cut short (it has no end marker): copy it again from the original";
        }

        if (length >= 4 && head.SequenceEqual([(byte)0x89, (byte)0x50, (byte)0x4E, (byte)0x47]))
        {
            return tail[Math.Max(0, tail.Length - 64)..].IndexOf("IEND"u8) >= 0 ? null : "the PNG file is cut short (it has no IEND chunk): copy it again from the original";
        }

        return null;
    }

    private static string FirstLine(string message)
    {
        var line = message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? message;
        return line.TrimEnd('.', ':');
    }
}
