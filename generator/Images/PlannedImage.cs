using Broadsheet.Common;
using Broadsheet.Model;

namespace Broadsheet.Images;

/// <summary>
/// A photograph of <c>static/</c> and every file the site makes of it: the widths of the article column in each format,
/// a thumbnail for lists, a mid-size JPEG for the books, and the large version "click to enlarge" leads to, published
/// at the original's own path without its metadata. A derivative's name holds <see cref="Key"/>, so a changed photograph
/// or setting gives new names, and a page that shows it is seen to change.
/// </summary>
public sealed class PlannedImage
{
    /// <summary>Bump when the way derivatives are made changes, so those in the store are made again.</summary>
    private const string MakerVersion = "2";

    public PlannedImage(string sitePath, string fullPath, SourceImage source, ImageSettings settings)
    {
        (SitePath, FullPath, Source) = (sitePath, fullPath, source);
        Key = new Fingerprint().Add(source.Key).Add(settings.Key).Add(Vips.Version).Add(MakerVersion).Hex()[..16];
        Quality = settings;
        var widths = settings.Widths.Where(w => w < source.Width).Append(Math.Min(source.Width, settings.Widths[^1])).Distinct().Order().ToList();
        Column = settings.Formats.Select(f => (f, (IReadOnlyList<Derivative>)widths.Select(w => Sized(w, f)).ToList())).ToDictionary(p => p.f, p => p.Item2);
        Thumbnail = settings.Formats.ToDictionary(f => f, f => Sized(Math.Min(settings.Thumbnail, source.Width), f));
        Epub = Sized(Math.Min(settings.EpubWidth, source.Width), ImageFormat.Jpeg);
        KeepOriginal = settings.KeepOriginals;
        Large = LargeVersion(settings.KeepOriginals);
        All = Column.Values.SelectMany(d => d).Concat(Thumbnail.Values).Append(Epub).Append(Large)
            .DistinctBy(d => d.OutputPath).OrderBy(d => d.OutputPath, StringComparer.Ordinal).ToList();
    }

    /// <summary>Its path below <c>static/</c>.</summary>
    public string SitePath { get; }

    public string FullPath { get; }

    public SourceImage Source { get; }

    /// <summary>Names the photograph's bytes, the settings and the libvips version together.</summary>
    public string Key { get; }

    public ImageSettings Quality { get; }

    public int Width => Source.Width;

    public int Height => Source.Height;

    /// <summary>The article column's widths, smallest first, per format; JPEG always among them.</summary>
    public IReadOnlyDictionary<ImageFormat, IReadOnlyList<Derivative>> Column { get; }

    /// <summary>The thumbnail lists show, per format.</summary>
    public IReadOnlyDictionary<ImageFormat, Derivative> Thumbnail { get; }

    /// <summary>The JPEG an issue's book packs.</summary>
    public Derivative Epub { get; }

    /// <summary>The whole photograph, upright, without its metadata (or as it is, when the settings keep originals).</summary>
    public Derivative Large { get; }

    /// <summary>Whether <see cref="Large"/> is the original's bytes as they are.</summary>
    public bool KeepOriginal { get; }

    /// <summary>Every file made of it, each once, by output path.</summary>
    public IReadOnlyList<Derivative> All { get; }

    /// <summary>
    /// The original's path keeps working and shows the whole photograph: its bytes without the metadata where that can be
    /// done without decoding (an upright JPEG, a PNG, a GIF), else encoded again upright. A TIFF scan, which browsers do not
    /// show, becomes a JPEG of its own name.
    /// </summary>
    private Derivative LargeVersion(bool keep)
    {
        if (keep)
        {
            return new Derivative(SitePath, "original", Width, Height, ImageFormat.Jpeg);
        }

        if (Source.Loader.StartsWith("tiffload", StringComparison.Ordinal))
        {
            return Sized(Width, ImageFormat.Jpeg) with { FileName = "large.jpg" };
        }

        var format = Source.IsWebp ? ImageFormat.Webp : ImageFormat.Jpeg;
        var name = Source.IsPng ? "large.png" : Source.IsGif ? "large.gif" : Source.IsWebp ? "large.webp" : "large.jpg";
        return new Derivative(SitePath, name, Width, Height, format);
    }

    private Derivative Sized(int width, ImageFormat format)
    {
        var height = Math.Max(1, (int)Math.Round((double)Height * width / Width, MidpointRounding.AwayFromZero));
        var extension = format switch
        {
            ImageFormat.Webp => ".webp",
            ImageFormat.Avif => ".avif",
            _ => ".jpg",
        };
        var stem = SitePath[..^Path.GetExtension(SitePath).Length];
        return new Derivative($"{stem}-{width}w-{Key[..8]}{extension}", width + extension, width, height, format);
    }
}
