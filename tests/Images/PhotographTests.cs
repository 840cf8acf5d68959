using System.IO.Compression;
using System.Text;
using Broadsheet.Diagnostics;
using Broadsheet.Tests.TestSupport;
using NetVips;
using Xunit;

namespace Broadsheet.Tests.Images;

/// <summary>
/// Photographs through real builds: every derivative upright, in sRGB, never wider than the original, with no metadata
/// anywhere in the output; the page's markup; the book's mid-size JPEG; and the store that spares a second build the work.
/// </summary>
public sealed class PhotographTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void Every_EXIF_orientation_is_published_upright_without_its_tag(int orientation)
    {
        using var site = new PhotographSite(TestImages.Jpeg(90, 60, orientation));
        site.Build(store: false);

        var (width, height) = orientation >= 5 ? (60, 90) : (90, 60);
        var large = TestImages.Read(Path.Combine(site.Output, site.Photo));
        Assert.Equal((width, height, false), (large.Width, large.Height, large.Metadata));
        Assert.NotEmpty(site.Derivatives());
        foreach (var derivative in site.Derivatives())
        {
            var facts = TestImages.Read(Path.Combine(site.Output, derivative));
            Assert.False(facts.Metadata, derivative);
            Assert.Equal(width > height, facts.Width > facts.Height);
        }
    }

    [Fact]
    public void A_phone_photograph_s_GPS_position_and_camera_are_in_no_published_file_not_even_the_book()
    {
        using var site = new PhotographSite(TestImages.Jpeg(1000, 750, gps: true));
        Assert.True(TestImages.Read(Path.Combine(site.Source, "static", site.Photo)).Metadata);

        site.Build();

        var camera = Encoding.ASCII.GetBytes("Broadsheet Test Camera");
        foreach (var file in site.Files())
        {
            var bytes = File.ReadAllBytes(Path.Combine(site.Output, file));
            Assert.True(bytes.AsSpan().IndexOf(camera) < 0, $"{file} carries the camera's name");
            if (file.EndsWith(".epub", StringComparison.Ordinal))
            {
                using var book = ZipFile.OpenRead(Path.Combine(site.Output, file));
                foreach (var entry in book.Entries.Where(e => e.FullName.EndsWith(".jpg", StringComparison.Ordinal)))
                {
                    using var stream = entry.Open();
                    using var copy = new MemoryStream();
                    stream.CopyTo(copy);
                    Assert.False(TestImages.Read(copy.ToArray()).Metadata, entry.FullName);
                }
            }
            else if (file.StartsWith("images/", StringComparison.Ordinal))
            {
                Assert.False(TestImages.Read(bytes).Metadata, file);
            }
        }
    }

    [Fact]
    public void With_originals_kept_the_original_is_published_as_it_is()
    {
        var original = TestImages.Jpeg(400, 300, gps: true);
        using var site = new PhotographSite(original, images: "images:\n  originals: keep\n");
        site.Build(store: false);

        Assert.Equal(original, File.ReadAllBytes(Path.Combine(site.Output, site.Photo)));
        Assert.All(site.Derivatives(), d => Assert.False(TestImages.Read(Path.Combine(site.Output, d)).Metadata));
    }

    [Fact]
    public void A_CMYK_JPEG_is_published_in_sRGB()
    {
        using var site = new PhotographSite(TestImages.CmykJpeg(600, 400));
        site.Build(store: false);

        foreach (var derivative in site.Derivatives())
        {
            var facts = TestImages.Read(Path.Combine(site.Output, derivative));
            Assert.Equal((3, Enums.Interpretation.Srgb), (facts.Bands, facts.Interpretation));
        }
    }

    [Fact]
    public void A_16_bit_PNG_with_transparency_becomes_8_bit_keeping_its_transparency_where_the_format_can()
    {
        using var site = new PhotographSite(TestImages.Png16WithAlpha(500, 300), "scan.png");
        site.Build(store: false);

        var jpeg = TestImages.Read(Path.Combine(site.Output, site.Derivatives().First(d => d.EndsWith(".jpg", StringComparison.Ordinal))));
        var webp = TestImages.Read(Path.Combine(site.Output, site.Derivatives().First(d => d.EndsWith(".webp", StringComparison.Ordinal))));
        Assert.Equal((3, Enums.BandFormat.Uchar), (jpeg.Bands, jpeg.Format));
        Assert.Equal((4, Enums.BandFormat.Uchar), (webp.Bands, webp.Format));
        Assert.Equal("pngload", TestImages.Read(Path.Combine(site.Output, site.Photo)).Loader[..7]);
    }

    [Fact]
    public void A_PNG_s_text_notes_are_taken_out_of_its_published_copy()
    {
        using var site = new PhotographSite(TestImages.PngWithText(200, 100), "map.png");
        Assert.True(TestImages.Read(Path.Combine(site.Source, "static", site.Photo)).Metadata);

        site.Build(store: false);

        Assert.False(TestImages.Read(Path.Combine(site.Output, site.Photo)).Metadata);
    }

    [Fact]
    public void A_TIFF_scan_is_published_as_JPEG_and_WebP_and_its_large_version_is_a_JPEG()
    {
        using var site = new PhotographSite(TestImages.Tiff(1000, 700), "scan.tif");
        site.Build(store: false);

        var html = site.Html(PhotographSite.ArticlePage);
        Assert.Matches("""<a class="enlarge" href="\.\./\.\./\.\./images/scan-1000w-[0-9a-f]{8}\.jpg">""", html);
        Assert.DoesNotContain("images/scan.tif", site.Files());
        Assert.All(site.Derivatives(), d => Assert.Matches(@"\.(jpg|webp)$", d));
        Assert.Equal(1000, TestImages.Read(Path.Combine(site.Output, site.Derivatives().Single(d => d.Contains("-1000w-", StringComparison.Ordinal) && d.EndsWith(".jpg", StringComparison.Ordinal)))).Width);
    }

    [Fact]
    public void A_GIF_is_published_as_it_is_with_sizes_made_of_it()
    {
        var gif = TestImages.Gif(600, 400);
        using var site = new PhotographSite(gif, "drawing.gif");
        site.Build(store: false);

        Assert.Equal(gif, File.ReadAllBytes(Path.Combine(site.Output, site.Photo)));
        Assert.Contains("images/drawing-480w-", site.Html(PhotographSite.ArticlePage), StringComparison.Ordinal);
    }

    [Fact]
    public void A_progressive_JPEG_is_read_like_any_other()
    {
        using var site = new PhotographSite(TestImages.Jpeg(900, 600, progressive: true));
        site.Build(store: false);

        Assert.Contains("photo-800w-", site.Html(PhotographSite.ArticlePage), StringComparison.Ordinal);
    }

    [Fact]
    public void A_photograph_narrower_than_the_column_is_never_made_wider()
    {
        using var site = new PhotographSite(TestImages.Jpeg(300, 200));
        site.Build(store: false);

        Assert.All(site.Derivatives(), d => Assert.True(TestImages.Read(Path.Combine(site.Output, d)).Width <= 300, d));
        Assert.Equal(["300w"], Widths(site.Html(PhotographSite.ArticlePage), "image/webp"));
    }

    [Fact]
    public void The_lead_image_is_a_picture_of_every_width_with_its_size_linking_to_the_large_version()
    {
        using var site = new PhotographSite(TestImages.Jpeg(1000, 500));
        site.Build(store: false);

        var html = site.Html(PhotographSite.ArticlePage);
        var key = site.Derivatives()[0].Split('-')[^1].Split('.')[0];
        string Url(int width, string extension) => $"../../../images/photo-{width}w-{key}.{extension}";
        var sizes = "(min-width: 46rem) 44rem, 100vw";
        var expected = $"""
            <figure class="lead-image">
            <a class="enlarge" href="../../../images/photo.jpg">
            <picture>
            <source type="image/webp" srcset="{Url(480, "webp")} 480w, {Url(800, "webp")} 800w, {Url(1000, "webp")} 1000w" sizes="{sizes}">
            <img src="{Url(800, "jpg")}" srcset="{Url(480, "jpg")} 480w, {Url(800, "jpg")} 800w, {Url(1000, "jpg")} 1000w" sizes="{sizes}" width="800" height="400" alt="Boats in the harbour at dawn" decoding="async" fetchpriority="high">
            </picture>
            <span class="enlarge-label">Click to enlarge</span></a>
            <figcaption>The harbour, January</figcaption>
            </figure>
            """;
        Assert.Contains(expected.ReplaceLineEndings("\n"), html, StringComparison.Ordinal);
        Assert.All(site.Derivatives(), d => Assert.Contains(key, d, StringComparison.Ordinal));
    }

    [Fact]
    public void A_photograph_in_a_body_is_a_lazy_picture_with_its_size()
    {
        using var site = new PhotographSite(TestImages.Jpeg(1000, 500), body: "Before.\n\n![Nets drying on the quay](../../../static/images/photo.jpg)\n");
        site.Build(store: false);

        var html = site.Html(PhotographSite.ArticlePage);
        Assert.Matches("""<p><picture><source type="image/webp" srcset="[^"]+ 480w, [^"]+ 800w, [^"]+ 1000w" sizes="[^"]+"><img src="\.\./\.\./\.\./images/photo-800w-[0-9a-f]{8}\.jpg" srcset="[^"]+" sizes="[^"]+" width="800" height="400" alt="Nets drying on the quay" loading="lazy" decoding="async"></picture></p>""", html);
    }

    [Fact]
    public void Lists_show_the_thumbnail_beside_the_headline()
    {
        using var site = new PhotographSite(TestImages.Jpeg(1000, 500));
        site.Build(store: false);

        foreach (var page in new[] { "issues/2024-01-03.html", "index.html", "archive/2024/01.html", "a-z/index.html" })
        {
            Assert.Matches("""<picture class="thumb"><source type="image/webp" srcset="[^"]*photo-320w-[0-9a-f]{8}\.webp"><img src="[^"]*photo-320w-[0-9a-f]{8}\.jpg" width="320" height="160" alt="Boats in the harbour at dawn" loading="lazy" decoding="async"></picture>""", site.Html(page));
        }
    }

    [Fact]
    public void The_issue_s_book_packs_one_mid_size_JPEG_of_the_photograph()
    {
        using var site = new PhotographSite(TestImages.Jpeg(2000, 1000), body: "![Nets](../../../static/images/photo.jpg)\n");
        site.Build(store: false);

        using var book = ZipFile.OpenRead(Path.Combine(site.Output, "issues/2024-01-03.epub"));
        var images = book.Entries.Where(e => e.FullName.StartsWith("OEBPS/media/", StringComparison.Ordinal)).ToList();
        var image = Assert.Single(images);
        Assert.EndsWith(".jpg", image.FullName, StringComparison.Ordinal);
        using var stream = image.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        Assert.Equal(1200, TestImages.Read(copy.ToArray()).Width);
    }

    [Fact]
    public void A_second_build_makes_no_photograph_and_one_without_the_store_makes_them_all()
    {
        using var site = new PhotographSite(TestImages.Jpeg(1200, 800));
        Assert.Equal(1, site.Build().PhotographsMade);

        site.WriteArticle("The harbour at dusk.\n");
        var second = site.Build();

        Assert.Equal(0, second.PhotographsMade);
        Assert.Equal(1, site.Build(store: false).PhotographsMade);
    }

    [Fact]
    public void AVIF_is_written_when_site_yml_asks_for_it()
    {
        using var site = new PhotographSite(TestImages.Jpeg(600, 400), images: "images:\n  formats: [avif, webp, jpeg]\n  widths: [300, 600]\n");
        site.Build(store: false);

        var html = site.Html(PhotographSite.ArticlePage);
        Assert.Equal(["300w", "600w"], Widths(html, "image/avif"));
        Assert.True(html.IndexOf("image/avif", StringComparison.Ordinal) < html.IndexOf("image/webp", StringComparison.Ordinal));
        Assert.StartsWith("heifload", TestImages.Read(Path.Combine(site.Output, site.Derivatives().First(d => d.EndsWith(".avif", StringComparison.Ordinal)))).Loader, StringComparison.Ordinal);
    }

    public static TheoryData<string, byte[], string> BadImages() => new()
    {
        { "cut short", TestImages.CutShort(TestImages.Jpeg(800, 600)), "the JPEG file is cut short" },
        { "a decompression bomb", TestImages.DeclaredHuge(), "30000×30000 pixels (900 megapixels), above the limit of 100" },
        { "not an image", Encoding.UTF8.GetBytes("<html>not a photograph</html>"), "is not an image libvips can read" },
    };

    [Theory]
    [MemberData(nameof(BadImages))]
    public void A_bad_photograph_is_an_error_at_the_line_that_names_it_and_the_output_is_left_as_it_was(string kind, byte[] bytes, string message)
    {
        using var site = new PhotographSite(TestImages.Jpeg(400, 300));
        site.Build();
        var before = Directory.GetFiles(site.Output, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        site.Write("static/" + site.Photo, bytes);

        var failure = Assert.Throws<BuildFailedException>(() => site.Build());

        var error = Assert.Single(failure.Diagnostics);
        Assert.EndsWith("articles/2024/01/harbour.md", error.Location.Path, StringComparison.Ordinal);
        Assert.Equal((6, 8), (error.Location.Line, error.Location.Column));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Contains("static/images/photo.jpg", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Directory.GetFiles(site.Output, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList());
        _ = kind;
    }

    [Fact]
    public void A_bad_photograph_no_article_names_is_an_error_at_its_file()
    {
        using var site = new PhotographSite(TestImages.Jpeg(400, 300));
        site.Write("static/images/unused.jpg", TestImages.CutShort(TestImages.Jpeg(400, 300)));

        var failure = Assert.Throws<BuildFailedException>(() => site.Build(store: false));

        var error = Assert.Single(failure.Diagnostics);
        Assert.EndsWith("static/images/unused.jpg", error.Location.Path, StringComparison.Ordinal);
        Assert.Contains("cut short", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_author_s_portrait_is_shown_on_their_page_and_a_bad_one_is_an_error_at_its_line()
    {
        using var site = new PhotographSite(TestImages.Jpeg(1000, 500), body: "By the harbour master.\n");
        site.Write("static/images/ruth.jpg", TestImages.Jpeg(600, 800, orientation: 1));
        site.WriteAuthor("---\nname: Ruth Feldman\nportrait: images/ruth.jpg\n---\n");
        site.Build(store: false);

        Assert.Matches("""<picture class="portrait"><source type="image/webp" srcset="\.\./images/ruth-320w-[0-9a-f]{8}\.webp"><img src="\.\./images/ruth-320w-[0-9a-f]{8}\.jpg" width="320" height="427" alt="Portrait of Ruth Feldman" decoding="async"></picture>""", site.Html("authors/ruth-feldman.html"));

        site.Write("static/images/ruth.jpg", TestImages.CutShort(TestImages.Jpeg(600, 800)));
        var error = Assert.Single(Assert.Throws<BuildFailedException>(() => site.Build(store: false)).Diagnostics);
        Assert.EndsWith("authors/ruth-feldman.md", error.Location.Path, StringComparison.Ordinal);
        Assert.Equal(3, error.Location.Line);
    }

    [Fact]
    public void A_promotion_s_picture_is_a_thumbnail_in_the_further_reading_box_and_a_bad_one_is_an_error_at_its_line()
    {
        using var site = new PhotographSite(TestImages.Jpeg(1000, 500));
        site.Write("static/images/cover.jpg", TestImages.Jpeg(600, 900));
        site.Write("promos/a-book.md", System.Text.Encoding.UTF8.GetBytes(
            "---\ntitle: A book of the harbour\nlink: https://books.example.org/harbour\nimage: images/cover.jpg\nimage_alt: The book's cover\nsections: [news]\n---\n"));
        site.Build(store: false);

        Assert.Matches("""<picture class="promo-image"><source type="image/webp" srcset="\.\./\.\./\.\./images/cover-320w-[0-9a-f]{8}\.webp"><img src="\.\./\.\./\.\./images/cover-320w-[0-9a-f]{8}\.jpg" width="320" height="480" alt="The book&#39;s cover" loading="lazy" decoding="async"></picture>""", site.Html(PhotographSite.ArticlePage));

        site.Write("static/images/cover.jpg", TestImages.CutShort(TestImages.Jpeg(600, 900)));
        var error = Assert.Single(Assert.Throws<BuildFailedException>(() => site.Build(store: false)).Diagnostics);
        Assert.EndsWith("promos/a-book.md", error.Location.Path, StringComparison.Ordinal);
        Assert.Equal((4, 8), (error.Location.Line, error.Location.Column));
    }

    private static List<string> Widths(string html, string type)
    {
        var at = html.IndexOf($"<source type=\"{type}\" srcset=\"", StringComparison.Ordinal);
        Assert.True(at >= 0, $"no {type} source");
        var srcset = html[(at + $"<source type=\"{type}\" srcset=\"".Length)..];
        return srcset[..srcset.IndexOf('"')].Split(", ").Select(s => s.Split(' ')[1]).ToList();
    }
}
