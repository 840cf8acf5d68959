namespace Broadsheet.Import.Html;

/// <summary>
/// A saved copy of a site (a <c>wget --mirror</c>): the pages' addresses from their paths, and the files an address names.
/// Addresses are resolved on a stand-in host, or on the site's own host when the pages name it (canonical links).
/// </summary>
public sealed class MirrorFolder(string root)
{
    public static readonly Uri Host = new("http://mirror.invalid/");

    private readonly string _root = Path.GetFullPath(root);
    private readonly HashSet<string> _siteHosts = new(StringComparer.OrdinalIgnoreCase);

    public string Root => _root;

    /// <summary>The site's own host, when a page names it: links to it are links into the mirror.</summary>
    public string? SiteHost { get; private set; }

    public void AddSiteAddress(string? url)
    {
        if (url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            SiteHost ??= uri.GetLeftPart(UriPartial.Authority);
            _siteHosts.Add(Bare(uri.Host));
        }
    }

    /// <summary>The address a page had: <c>2014/10/x/index.html</c> was <c>/2014/10/x/</c>.</summary>
    public static string UrlPathOf(string relativeFile)
    {
        var path = "/" + relativeFile.Replace('\\', '/');
        return path.EndsWith("/index.html", StringComparison.OrdinalIgnoreCase) || path.EndsWith("/index.htm", StringComparison.OrdinalIgnoreCase)
            ? path[..(path.LastIndexOf('/') + 1)]
            : path;
    }

    /// <summary>An address in a page resolved against the page; whether it is on the old site.</summary>
    public (Uri? Address, bool OnSite) Resolve(string pageFile, string href)
    {
        var pageUri = new Uri(Host, "/" + pageFile.Replace('\\', '/'));
        if (!Uri.TryCreate(pageUri, href.Trim(), out var address) || address.Scheme is not ("http" or "https"))
        {
            return (null, false);
        }

        return (address, address.Host == Host.Host || _siteHosts.Contains(Bare(address.Host)));
    }

    /// <summary>The file of the mirror an on-site address names (not a page), with its path inside the mirror.</summary>
    public (string File, string Path)? FileAt(Uri address)
    {
        string path;
        try
        {
            path = Uri.UnescapeDataString(address.AbsolutePath).TrimStart('/');
        }
        catch (UriFormatException)
        {
            return null;
        }

        if (path.Length == 0 || path.Split('/').Any(p => p is "" or "." or ".." || p.Contains('\\', StringComparison.Ordinal)))
        {
            return null;
        }

        var full = System.IO.Path.GetFullPath(System.IO.Path.Combine(_root, path));
        return full.StartsWith(_root + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(full) ? (full, path) : null;
    }

    /// <summary>An address as the old site had it: on its host when known, else from the root.</summary>
    public string Absolute(Uri address) =>
        address.Host == Host.Host ? (SiteHost is null ? address.PathAndQuery + address.Fragment : SiteHost + address.PathAndQuery + address.Fragment) : address.AbsoluteUri;

    private static string Bare(string host) => host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;
}
