namespace Broadsheet.Render.Views;

/// <summary>
/// A picture as templates print it: <c>&lt;picture&gt;</c> with a <c>&lt;source&gt;</c> per modern format, then an
/// <c>&lt;img&gt;</c> of the JPEG with its <c>srcset</c>, and its width and height, so the page does not move as it loads.
/// A drawing (SVG) has only <see cref="Src"/>.
/// </summary>
/// <param name="Url">The large version ("click to enlarge"): the whole photograph.</param>
/// <param name="Src">The JPEG a browser that reads no srcset shows.</param>
/// <param name="Srcset">The JPEG's widths (<c>a.jpg 480w, b.jpg 800w</c>), or a thumbnail's one file; null for a drawing.</param>
/// <param name="Sources">The other formats, best first, each with its srcset.</param>
/// <param name="Width">The width of <see cref="Src"/> in pixels; null for a drawing.</param>
public sealed record ImageView(
    string Url,
    string Src,
    string? Srcset,
    IReadOnlyList<ImageSourceView> Sources,
    int? Width,
    int? Height,
    string Alt,
    string? Caption);

/// <summary>One <c>&lt;source&gt;</c> of a picture: a format's media type and its srcset.</summary>
public sealed record ImageSourceView(string Type, string Srcset);
