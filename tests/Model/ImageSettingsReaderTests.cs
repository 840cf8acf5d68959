using Broadsheet.Diagnostics;
using Broadsheet.Load;
using Broadsheet.Model;
using Xunit;

namespace Broadsheet.Tests.Model;

/// <summary>site.yml's <c>images:</c>: defaults when it is left out, every key read, every mistake an error at its line.</summary>
public sealed class ImageSettingsReaderTests
{
    private readonly DiagnosticBag _bag = new();

    [Fact]
    public void Without_images_the_defaults_hold()
    {
        var site = Validate("");

        Assert.Same(ImageSettings.Default, site.Images);
        Assert.Equal([480, 800, 1200, 1600], site.Images.Widths);
        Assert.Equal([ImageFormat.Webp, ImageFormat.Jpeg], site.Images.Formats);
        Assert.False(site.Images.KeepOriginals);
    }

    [Fact]
    public void Every_key_is_read_and_JPEG_is_always_written_last()
    {
        var site = Validate(
            "images:\n  widths: [1000, 400]\n  thumbnail: 200\n  formats: [webp, avif]\n  quality:\n    jpeg: 90\n    avif: 40\n"
            + "  originals: keep\n  max_megapixels: 50\n  epub_width: 900\n");

        Assert.Empty(_bag.Sorted());
        var images = site.Images;
        Assert.Equal([400, 1000], images.Widths);
        Assert.Equal(200, images.Thumbnail);
        Assert.Equal([ImageFormat.Webp, ImageFormat.Avif, ImageFormat.Jpeg], images.Formats);
        Assert.Equal((90, 78, 40), (images.JpegQuality, images.WebpQuality, images.AvifQuality));
        Assert.True(images.KeepOriginals);
        Assert.Equal(50_000_000, images.MaxPixels);
        Assert.Equal(900, images.EpubWidth);
    }

    [Fact]
    public void Each_mistake_is_an_error_at_its_line()
    {
        Validate("images:\n  widths: [800, 9999999, wide]\n  formats: [gif]\n  quality:\n    webp: 0\n  originals: discard\n  sizes: 3\n");

        var messages = _bag.Sorted().Select(d => $"{d.Location.Line}: {d.Severity}: {d.Message}").ToList();
        Assert.Equal(
            [
                "6: Error: each of 'widths' must be a number of pixels from 16 to 8192; '9999999' is not",
                "6: Error: each of 'widths' must be a number of pixels from 16 to 8192; 'wide' is not",
                "7: Error: 'gif' is not an image format Broadsheet writes; use jpeg, webp or avif",
                "9: Error: the quality of webp must be from 1 to 100; 0 is not",
                "10: Error: 'originals' must be 'strip' (publish them without their metadata, the default) or 'keep' (as they are, GPS and all); 'discard' is neither",
                "11: Warning: unknown key 'sizes' is ignored",
            ],
            messages.Select(m => m.Length > 0 && m.Contains("unknown key", StringComparison.Ordinal) ? m[..m.IndexOf(" is ignored", StringComparison.Ordinal)] + " is ignored" : m));
    }

    private Site Validate(string images) =>
        SiteValidator.Validate(new SourceFile("site.yml", "site.yml", "title: The Weekly\nsections:\n  - id: news\n    title: News\n" + images), _bag)!;
}
