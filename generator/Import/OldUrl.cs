using Broadsheet.Model;

namespace Broadsheet.Import;

/// <summary>Addresses of the old site: the alias an old address becomes, and the key that finds an article by any of its addresses.</summary>
public static class OldUrl
{
    private static readonly Uri Placeholder = new("http://old.invalid/");

    /// <summary>
    /// The alias for an old address: its path from the root, percent-decoded; null when it has a query (a server redirect
    /// can answer <c>?p=123</c>, a static page cannot) or is not a path the build accepts.
    /// </summary>
    public static string? AliasOf(string url)
    {
        if (!TryParse(url, out var uri) || uri.Query.Length > 1)
        {
            return null;
        }

        var path = Decode(uri.AbsolutePath);
        if (path.Trim('/').Length == 0)
        {
            return null;
        }

        return LegacyUrl.OutputPathOf(path, out _) is null ? null : path;
    }

    /// <summary>
    /// The key an address is looked up by: its path and query, decoded, without a trailing slash or <c>index.html</c>, in
    /// lower case; the host is left out, so that http, https, www and the bare domain all match.
    /// </summary>
    public static string? Key(string url)
    {
        if (!TryParse(url, out var uri))
        {
            return null;
        }

        var path = Decode(uri.AbsolutePath);
        if (path.EndsWith("/index.html", StringComparison.OrdinalIgnoreCase) || path.EndsWith("/index.htm", StringComparison.OrdinalIgnoreCase))
        {
            path = path[..(path.LastIndexOf('/') + 1)];
        }

        path = path.TrimEnd('/');
        var query = uri.Query.Length > 1 ? Decode(uri.Query) : "";
        return (path + query).ToLowerInvariant();
    }

    /// <summary>The path and query of an address, as a server sees it: <c>/2014/10/x/</c>, <c>/?p=12</c>.</summary>
    public static string? PathAndQuery(string url) => TryParse(url, out var uri) ? uri.PathAndQuery : null;

    public static bool TryParse(string url, out Uri uri)
    {
        if (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && (absolute.Scheme == "http" || absolute.Scheme == "https"))
        {
            uri = absolute;
            return true;
        }

        if (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && Uri.TryCreate(Placeholder, url, out var relative))
        {
            uri = relative;
            return true;
        }

        uri = Placeholder;
        return false;
    }

    /// <summary>Percent-decoded text; text whose escapes are not valid is kept as it is.</summary>
    public static string Decode(string text)
    {
        try
        {
            return Uri.UnescapeDataString(text);
        }
        catch (UriFormatException)
        {
            return text;
        }
    }
}
