using System.Text;
using System.Text.RegularExpressions;

namespace Broadsheet.Import.Writing;

/// <summary>
/// Server redirects (301) from each old address to its new page, for Netlify (<c>_redirects</c>), nginx (a file to
/// include in a <c>server</c> block) or Apache (<c>.htaccess</c> rules). New paths are from the site's root.
/// </summary>
public static partial class RedirectWriter
{
    public static readonly string[] Kinds = ["netlify", "nginx", "apache"];

    /// <summary>Where the file goes: Netlify's inside <c>static/</c>, deployed with the site; the others beside the source folder.</summary>
    public static (bool InStatic, string Name) FileOf(string kind) => kind switch
    {
        "netlify" => (true, "static/_redirects"),
        "nginx" => (false, "import-redirects.nginx.conf"),
        _ => (false, "import-redirects.htaccess"),
    };

    public static string Write(string kind, IEnumerable<(string OldUrl, string NewPath)> entries)
    {
        var rules = entries
            .Select(e => (From: Decoded(OldUrl.PathAndQuery(e.OldUrl)), To: "/" + e.NewPath))
            .Where(e => e.From is not null && Safe().IsMatch(e.From) && e.From != e.To)
            .Select(e => (From: e.From!, e.To))
            .DistinctBy(e => e.From, StringComparer.Ordinal)
            .OrderBy(e => e.From, StringComparer.Ordinal)
            .ToList();
        var text = new StringBuilder();
        switch (kind)
        {
            case "netlify":
                text.Append("# Written by broadsheet import: old addresses to their new pages.\n");
                foreach (var (from, to) in rules)
                {
                    var (path, query) = Split(from);
                    text.Append(path).Append(query.Length > 0 ? "  " + query.Replace('&', ' ') : "").Append("  ").Append(to).Append("  301\n");
                }

                break;
            case "nginx":
                text.Append("# Written by broadsheet import: include this file in the site's server block.\n");
                var queries = rules.Where(r => r.From.Contains('?', StringComparison.Ordinal)).ToList();
                foreach (var (from, to) in queries)
                {
                    text.Append("if ($request_uri = \"").Append(from).Append("\") {\n    return 301 ").Append(to).Append(";\n}\n");
                }

                foreach (var (from, to) in rules.Where(r => !r.From.Contains('?', StringComparison.Ordinal)))
                {
                    text.Append("location = \"").Append(from).Append("\" { return 301 ").Append(to).Append("; }\n");
                }

                break;
            default:
                text.Append("# Written by broadsheet import: old addresses to their new pages (mod_alias and mod_rewrite).\nRewriteEngine On\n");
                foreach (var (from, to) in rules)
                {
                    var (path, query) = Split(from);
                    if (query.Length > 0)
                    {
                        text.Append("RewriteCond %{QUERY_STRING} ^").Append(Regex.Escape(query)).Append("$\n");
                        text.Append("RewriteRule ^").Append(Regex.Escape(path.TrimStart('/'))).Append("$ ").Append(to).Append("? [R=301,L]\n");
                    }
                    else
                    {
                        text.Append("Redirect 301 \"").Append(from).Append("\" \"").Append(to).Append("\"\n");
                    }
                }

                break;
        }

        return text.ToString();
    }

    /// <summary>Servers match the decoded path (nginx and Apache decode before matching), so rules are written decoded.</summary>
    private static string? Decoded(string? pathAndQuery)
    {
        if (pathAndQuery is null)
        {
            return null;
        }

        try
        {
            return Uri.UnescapeDataString(pathAndQuery);
        }
        catch (UriFormatException)
        {
            return pathAndQuery;
        }
    }

    private static (string Path, string Query) Split(string from)
    {
        var mark = from.IndexOf('?', StringComparison.Ordinal);
        return mark < 0 ? (from, "") : (from[..mark], from[(mark + 1)..]);
    }

    /// <summary>Paths that need no escaping in any of the three syntaxes: no spaces, quotes, braces or control characters.</summary>
    [GeneratedRegex(@"^/[^\s""'{}\\<>;#]*$")]
    private static partial Regex Safe();
}
