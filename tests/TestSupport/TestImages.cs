using NetVips;

namespace Broadsheet.Tests.TestSupport;

/// <summary>Photographs made by libvips for the tests, each odd case on purpose: turned, CMYK, 16-bit, with GPS tags.</summary>
public static class TestImages
{
    /// <summary>What <see cref="Read(string)"/> finds.</summary>
    public sealed record ImageFacts(int Width, int Height, bool Metadata, string Loader, int Bands, Enums.Interpretation Interpretation, Enums.BandFormat Format);

    /// <summary>A JPEG of a colour gradient with noise (so it compresses like a photograph), as a camera would write it.</summary>
    /// <param name="orientation">The EXIF orientation to record, 1 (upright) to 8.</param>
    /// <param name="gps">Record a GPS position and a camera make, as a phone does.</param>
    public static byte[] Jpeg(int width, int height, int orientation = 1, bool gps = false, bool progressive = false)
    {
        using var picture = Picture(width, height);
        using var tagged = picture.Mutate(m =>
        {
            m.Set(GValue.GIntType, "orientation", orientation);
            if (gps)
            {
                m.Set(GValue.GStrType, "exif-ifd0-Make", "Broadsheet Test Camera");
                m.Set(GValue.GStrType, "exif-ifd3-GPSLatitudeRef", "N");
                m.Set(GValue.GStrType, "exif-ifd3-GPSLatitude", "51/1 30/1 2646/100");
                m.Set(GValue.GStrType, "exif-ifd3-GPSLongitudeRef", "W");
                m.Set(GValue.GStrType, "exif-ifd3-GPSLongitude", "0/1 7/1 3960/100");
            }
        });
        return tagged.JpegsaveBuffer(q: 90, interlace: progressive, keep: Enums.ForeignKeep.All);
    }

    /// <summary>A CMYK JPEG, as print desks export them.</summary>
    public static byte[] CmykJpeg(int width, int height)
    {
        using var picture = Picture(width, height);
        using var cmyk = picture.Colourspace(Enums.Interpretation.Cmyk);
        return cmyk.JpegsaveBuffer(q: 90);
    }

    /// <summary>A 16-bit PNG with a transparent half.</summary>
    public static byte[] Png16WithAlpha(int width, int height)
    {
        using var picture = Picture(width, height);
        using var wide = picture.Colourspace(Enums.Interpretation.Rgb16);
        using var black = Image.Black(width, height);
        using var opaque = black + 65535;
        using var alpha = opaque.Cast(Enums.BandFormat.Ushort);
        using var half = alpha.Insert(Image.Black(width / 2, height).Cast(Enums.BandFormat.Ushort), 0, 0);
        using var withAlpha = wide.Bandjoin(half);
        return withAlpha.PngsaveBuffer();
    }

    /// <summary>A TIFF scan, as an archive's scanner writes it.</summary>
    public static byte[] Tiff(int width, int height)
    {
        using var picture = Picture(width, height);
        return picture.TiffsaveBuffer();
    }

    /// <summary>A GIF, as old web pages carry them.</summary>
    public static byte[] Gif(int width, int height)
    {
        using var picture = Picture(width, height);
        return picture.GifsaveBuffer();
    }

    /// <summary>A PNG with a text chunk naming where it was made, the way editing programs leave notes.</summary>
    public static byte[] PngWithText(int width, int height)
    {
        using var picture = Picture(width, height);
        using var tagged = picture.Mutate(m => m.Set(GValue.GStrType, "png-comment-0-Location", "51.5074 N, 0.1278 W"));
        return tagged.PngsaveBuffer(keep: Enums.ForeignKeep.All);
    }

    /// <summary>What a published image is: its size, format, colours, and whether it carries EXIF, XMP, IPTC or text metadata.</summary>
    public static ImageFacts Read(string path) => Read(File.ReadAllBytes(path));

    public static ImageFacts Read(byte[] bytes)
    {
        using var image = Image.NewFromBuffer(bytes);
        var metadata = image.GetFields().Any(f => f is "exif-data" or "xmp-data" or "iptc-data" || f.StartsWith("png-comment", StringComparison.Ordinal));
        return new ImageFacts(image.Width, image.Height, metadata, (string)image.Get("vips-loader"), image.Bands, image.Interpretation, image.Format);
    }

    /// <summary>A truncated copy: the first half of the file, as an upload cut off leaves it.</summary>
    public static byte[] CutShort(byte[] bytes) => bytes[..(bytes.Length / 2)];

    /// <summary>
    /// A PNG whose header declares 30,000 × 30,000 pixels (900 megapixels) over a few bytes of data: decoding it would take
    /// gigabytes, which is what a decompression bomb is for.
    /// </summary>
    public static byte[] DeclaredHuge()
    {
        var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", [0, 0, 0x75, 0x30, 0, 0, 0x75, 0x30, 8, 2, 0, 0, 0]);
        Chunk(png, "IDAT", [0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]);
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var typed = System.Text.Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write([(byte)(data.Length >> 24), (byte)(data.Length >> 16), (byte)(data.Length >> 8), (byte)data.Length]);
        png.Write(typed);
        var crc = System.IO.Hashing.Crc32.HashToUInt32(typed);
        png.Write([(byte)(crc >> 24), (byte)(crc >> 16), (byte)(crc >> 8), (byte)crc]);
    }

    private static Image Picture(int width, int height)
    {
        using var x = Image.Xyz(width, height);
        using var noise = Image.Gaussnoise(width, height, sigma: 12);
        using var red = x[0] * (255.0 / width) + noise;
        using var green = x[1] * (255.0 / height);
        using var blue = noise + 100;
        using var joined = red.Bandjoin(green, blue);
        using var bytes = joined.Cast(Enums.BandFormat.Uchar);
        return bytes.Copy(interpretation: Enums.Interpretation.Srgb);
    }
}
