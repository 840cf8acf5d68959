using Broadsheet.Common;

namespace Broadsheet.Model;

/// <summary>The forms a menu link may take: an external address, or a path in the site written from its root.</summary>
public static class MenuUrls
{
    private static readonly string[] RefusedSchemes = ["javascript:", "vbscript:", "data:"];

    /// <summary>
    /// The url as the site keeps it: external as written, a path without its leading '/'. Null, with the problem, when it
    /// cannot work: script and data links, a folder (which breaks from disk), a path that climbs out with "..".
    /// </summary>
    public static string? Normalize(string url, out string? problem)
    {
        problem = null;
        var compact = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        if (RefusedSchemes.Any(s => compact.StartsWith(s, StringComparison.OrdinalIgnoreCase)))
        {
            problem = $"the link '{url}' is refused: script and data links are not allowed";
            return null;
        }

        if (ExternalUrl.Is(url))
        {
            return url;
        }

        var path = url.TrimStart('/');
        var file = path.Split('#', '?')[0];
        if (file.Length == 0 || file.EndsWith('/'))
        {
            problem = $"the link '{url}' names a folder, which breaks when the site is opened from disk; link to its page, like '{file}index.html'";
            return null;
        }

        if (file.Split('/').Any(part => part is "." or ".." or ""))
        {
            problem = $"the link '{url}' must be a path from the site's root, like 'about.html' or 'issues/index.html'";
            return null;
        }

        return path;
    }
}
