namespace Broadsheet.Graph;

/// <summary>The deployed address of an output file, for canonical links, feeds and the sitemap.</summary>
public static class AbsoluteUrl
{
    /// <summary><c>https://example.org/archive/</c> + <c>issues/index.html</c> is <c>https://example.org/archive/issues/</c>.</summary>
    public static string Of(string baseUrl, string outputPath)
    {
        var path = outputPath == "index.html"
            ? ""
            : outputPath.EndsWith("/index.html", StringComparison.Ordinal) ? outputPath[..^"index.html".Length] : outputPath;
        return baseUrl + string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
    }

    /// <summary>The path part of the base URL, from which a page that is only ever served (404.html) can link: "/" or "/archive/".</summary>
    public static string RootPath(string? baseUrl) =>
        baseUrl is null ? "/" : new Uri(baseUrl).AbsolutePath;
}
