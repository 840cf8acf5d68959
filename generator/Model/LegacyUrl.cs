namespace Broadsheet.Model;

/// <summary>A legacy URL of an article that must keep working: a redirect page is written at <see cref="OutputPath"/>.</summary>
/// <param name="Written">The alias as the front matter gives it, e.g. <c>/archive/19456/old-url</c>.</param>
/// <param name="OutputPath">The file that answers that URL, e.g. <c>archive/19456/old-url/index.html</c>.</param>
public sealed record LegacyUrl(string Written, string OutputPath, Diagnostics.SourceLocation Location)
{
    /// <summary>The file a static host serves for a legacy URL path; null (with the reason) if it is not a plain path.</summary>
    public static string? OutputPathOf(string written, out string? problem)
    {
        problem = null;
        var path = written.Trim();
        if (path.Contains("://", StringComparison.Ordinal) || path.StartsWith("//", StringComparison.Ordinal))
        {
            problem = "an alias is a path on this site, like /archive/2014/old-url, not a full address";
            return null;
        }

        if (path.IndexOfAny(['?', '#', '\\', '"', '<', '>']) >= 0 || path.Any(char.IsControl))
        {
            problem = "an alias may not contain ?, #, \\, quotes, angle brackets or control characters";
            return null;
        }

        var segments = path.Trim('/').Split('/');
        if (segments.Any(s => s is "" or "." or ".."))
        {
            problem = "an alias may not have empty, '.' or '..' parts";
            return null;
        }

        var joined = string.Join('/', segments);
        return joined.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || joined.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)
            ? joined
            : joined + "/index.html";
    }
}
