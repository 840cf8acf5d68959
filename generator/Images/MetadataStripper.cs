namespace Broadsheet.Images;

/// <summary>
/// Removes a photograph's metadata without decoding it, so the large version keeps the original's every pixel: a JPEG's
/// EXIF (GPS, camera, date), XMP, IPTC and comments; a PNG's text, EXIF and time chunks. What the picture needs to show
/// as it should — a JPEG's JFIF and Adobe markers, an ICC colour profile, every PNG chunk that is not metadata — stays.
/// </summary>
public static class MetadataStripper
{
    /// <summary>The JPEG without its metadata segments; null when it is not a JPEG this can walk (then it is encoded again).</summary>
    public static byte[]? Jpeg(ReadOnlySpan<byte> jpeg)
    {
        if (jpeg is not [0xFF, 0xD8, ..])
        {
            return null;
        }

        var kept = new MemoryStream(jpeg.Length);
        kept.Write(jpeg[..2]);
        var at = 2;
        while (at + 4 <= jpeg.Length)
        {
            if (jpeg[at] != 0xFF)
            {
                return null;
            }

            var marker = jpeg[at + 1];
            if (marker == 0xFF)
            {
                at++;
                continue;
            }

            if (marker == 0xDA)
            {
                // Start of scan: the compressed picture runs from here to the end, untouched.
                kept.Write(jpeg[at..]);
                return kept.ToArray();
            }

            var length = (jpeg[at + 2] << 8) | jpeg[at + 3];
            if (length < 2 || at + 2 + length > jpeg.Length)
            {
                return null;
            }

            var segment = jpeg.Slice(at, 2 + length);
            if (!IsMetadata(marker, segment[4..]))
            {
                kept.Write(segment);
            }

            at += 2 + length;
        }

        return null;
    }

    /// <summary>The PNG without its text, EXIF and time chunks; null when it is not a PNG this can walk.</summary>
    public static byte[]? Png(ReadOnlySpan<byte> png)
    {
        ReadOnlySpan<byte> signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        if (!png.StartsWith(signature))
        {
            return null;
        }

        var kept = new MemoryStream(png.Length);
        kept.Write(signature);
        var at = signature.Length;
        while (at + 12 <= png.Length)
        {
            var length = (long)((uint)png[at] << 24 | (uint)png[at + 1] << 16 | (uint)png[at + 2] << 8 | png[at + 3]);
            if (at + 12 + length > png.Length)
            {
                return null;
            }

            var chunk = png.Slice(at, 12 + (int)length);
            var type = System.Text.Encoding.ASCII.GetString(chunk.Slice(4, 4));
            if (type is not ("tEXt" or "zTXt" or "iTXt" or "eXIf" or "tIME"))
            {
                kept.Write(chunk);
            }

            at += chunk.Length;
            if (type == "IEND")
            {
                return kept.ToArray();
            }
        }

        return null;
    }

    /// <summary>APP1 (EXIF, XMP), APP3–APP13 (IPTC, Photoshop, maker notes), APP15 and comments; not APP0 (JFIF), APP2 (ICC) or APP14 (Adobe).</summary>
    private static bool IsMetadata(byte marker, ReadOnlySpan<byte> payload) =>
        marker switch
        {
            0xE1 => true,
            0xE2 => !payload.StartsWith("ICC_PROFILE\0"u8),
            >= 0xE3 and <= 0xED => true,
            0xEF => true,
            0xFE => true,
            _ => false,
        };
}
