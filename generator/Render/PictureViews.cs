using Broadsheet.Graph;
using Broadsheet.Images;
using Broadsheet.Model;
using Broadsheet.Render.Views;

namespace Broadsheet.Render;

/// <summary>The views of a photograph's derivatives, with addresses relative to the page that shows them.</summary>
public static class PictureViews
{
    /// <summary>How wide the default theme's article column is: the browser picks a width of the srcset from it.</summary>
    public const string ColumnSizes = "(min-width: 46rem) 44rem, 100vw";

    /// <summary>The article column's picture of the file at <paramref name="sitePath"/>; a plain image when it is not a photograph.</summary>
    public static ImageView Column(SiteGraph graph, string pagePath, string sitePath, string alt, string? caption) =>
        Column(graph.Images.Find(sitePath) is { } image && image.SitePath == sitePath ? image : null, pagePath, sitePath, alt, caption);

    /// <param name="image">The photograph at <paramref name="sitePath"/>; null when the file is not one.</param>
    public static ImageView Column(PlannedImage? image, string pagePath, string sitePath, string alt, string? caption)
    {
        string Url(string path) => RelativeUrl.Between(pagePath, path);
        if (image is null)
        {
            return new ImageView(Url(sitePath), Url(sitePath), null, [], null, null, alt, caption);
        }

        var jpegs = image.Column[ImageFormat.Jpeg];
        var fallback = jpegs.FirstOrDefault(d => d.Width >= 800) ?? jpegs[^1];
        return new ImageView(
            Url(image.Large.OutputPath),
            Url(fallback.OutputPath),
            Srcset(jpegs, Url),
            image.Column.Where(c => c.Key != ImageFormat.Jpeg).OrderByDescending(c => (int)c.Key).Select(c => new ImageSourceView(c.Value[0].MediaType, Srcset(c.Value, Url))).ToList(),
            fallback.Width,
            fallback.Height,
            alt,
            caption);
    }

    /// <summary>The thumbnail lists show beside a headline; null when the image is not a photograph.</summary>
    public static ImageView? Thumbnail(SiteGraph graph, string pagePath, string sitePath, string alt)
    {
        if (graph.Images.Find(sitePath) is not { } image || image.SitePath != sitePath)
        {
            return null;
        }

        string Url(string path) => RelativeUrl.Between(pagePath, path);
        var jpeg = image.Thumbnail[ImageFormat.Jpeg];
        return new ImageView(
            Url(image.Large.OutputPath),
            Url(jpeg.OutputPath),
            Url(jpeg.OutputPath),
            image.Thumbnail.Where(t => t.Key != ImageFormat.Jpeg).OrderByDescending(t => (int)t.Key).Select(t => new ImageSourceView(t.Value.MediaType, Url(t.Value.OutputPath))).ToList(),
            jpeg.Width,
            jpeg.Height,
            alt,
            null);
    }

    /// <summary>A small picture beside text (a portrait, a promotion's): a photograph's thumbnail, or a drawing as it is.</summary>
    public static ImageView Small(SiteGraph graph, string pagePath, ArticleImage image) =>
        Thumbnail(graph, pagePath, image.Path, image.Alt) ?? Column(graph, pagePath, image.Path, image.Alt, null);

    private static string Srcset(IEnumerable<Derivative> derivatives, Func<string, string> url) =>
        string.Join(", ", derivatives.Select(d => $"{url(d.OutputPath)} {d.Width}w"));
}
