using Broadsheet.Common;
using Broadsheet.Graph;
using Broadsheet.Images;

namespace Broadsheet.Books;

/// <summary>
/// Where the links and images of an article lead inside the book: another article of the issue becomes a link to its
/// chapter, an image of <c>static/</c> a file of the book; any other page of the site an absolute link when the site
/// has an address, else nothing (the link's text stays, as plain text). External links are left as they are.
/// </summary>
/// <param name="photographs">The photographs of the site, whose mid-size JPEG the book packs in place of the original.</param>
/// <param name="fileOf">Where that JPEG is, once made; null when it could not be.</param>
public sealed class EpubLinks(
    IReadOnlyDictionary<string, string> chapterOfPage,
    IReadOnlyDictionary<string, string> staticFiles,
    string? baseUrl,
    ImageCatalog? photographs = null,
    Func<PlannedImage, string?>? fileOf = null)
{
    private const string MediaFolder = "media/";

    private readonly SortedDictionary<string, EpubImage> _images = new(StringComparer.Ordinal);

    /// <summary>The images the chapters use, in a fixed order.</summary>
    public IReadOnlyCollection<EpubImage> Images => _images.Values;

    /// <summary>The href of a link found on the page <paramref name="fromPage"/>, or null to keep only its text.</summary>
    public string? Link(string fromPage, string href)
    {
        if (IsExternalOrFragment(href))
        {
            return href;
        }

        var (sitePath, fragment) = Resolve(fromPage, href);
        if (sitePath is null)
        {
            return null;
        }

        if (chapterOfPage.TryGetValue(sitePath, out var chapter))
        {
            return fragment is null ? chapter : $"{chapter}#{fragment}";
        }

        return baseUrl is null ? null : AbsoluteUrl.Of(baseUrl, sitePath) + (fragment is null ? "" : "#" + fragment);
    }

    /// <summary>The src of an image found on <paramref name="fromPage"/>, now a file of the book; null when it cannot be packed.</summary>
    public string? Image(string fromPage, string src) =>
        IsExternalOrFragment(src) ? null : Resolve(fromPage, src).SitePath is { } sitePath ? ImageOf(sitePath) : null;

    /// <summary>The src of the image at <paramref name="sitePath"/> (below <c>static/</c>) inside the book.</summary>
    public string? ImageOf(string sitePath)
    {
        if (photographs?.Find(sitePath) is { } photograph)
        {
            return PhotographOf(photograph);
        }

        if (_images.TryGetValue(sitePath, out var known))
        {
            return known.Href;
        }

        if (!staticFiles.TryGetValue(sitePath, out var fullPath) || EpubMediaTypes.OfImage(sitePath) is not { } mediaType)
        {
            return null;
        }

        var href = MediaFolder + string.Join('/', sitePath.Split('/').Select(Uri.EscapeDataString));
        _images[sitePath] = new EpubImage(sitePath, fullPath, href, mediaType);
        return href;
    }

    /// <summary>A photograph's mid-size JPEG in the book, packed once however many of its derivatives the chapters show.</summary>
    private string? PhotographOf(PlannedImage photograph)
    {
        if (_images.TryGetValue(photograph.SitePath, out var known))
        {
            return known.Href;
        }

        if (fileOf?.Invoke(photograph) is not { } file)
        {
            return null;
        }

        var href = MediaFolder + string.Join('/', photograph.Epub.OutputPath.Split('/').Select(Uri.EscapeDataString));
        _images[photograph.SitePath] = new EpubImage(photograph.SitePath, file, href, photograph.Epub.MediaType);
        return href;
    }

    private static (string? SitePath, string? Fragment) Resolve(string fromPage, string url)
    {
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var path = hash < 0 ? url : url[..hash];
        var fragment = hash < 0 ? null : url[(hash + 1)..];
        var query = path.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0)
        {
            path = path[..query];
        }

        return (SitePaths.Resolve(fromPage, Uri.UnescapeDataString(path)), fragment);
    }

    private static bool IsExternalOrFragment(string url)
    {
        if (url.StartsWith('#') || url.StartsWith("//", StringComparison.Ordinal))
        {
            return true;
        }

        var colon = url.IndexOf(':', StringComparison.Ordinal);
        var slash = url.IndexOf('/', StringComparison.Ordinal);
        return colon > 0 && (slash < 0 || colon < slash);
    }
}
