using Broadsheet.Diagnostics;
using Broadsheet.Link;

namespace Broadsheet.Check;

/// <summary>
/// The Check stage: every internal link, image and script of every page must name a file that was written,
/// and every <c>#fragment</c> an id on its target page. Links must be relative and name a file, so the site
/// works from disk (file://) and under any sub-path of a server.
/// </summary>
public sealed class LinkChecker(DiagnosticBag diagnostics)
{
    /// <summary>The page a server shows for a missing address; it is only ever served, so it links from the site root.</summary>
    public const string NotFoundPage = "404.html";

    /// <summary>Checks the site in <paramref name="folder"/>; <paramref name="displayFolder"/> is how messages name it.</summary>
    /// <param name="rootPath">The server path the site is deployed under ("/archive/"), against which the 404 page's links resolve;
    /// null to work it out from the 404 page's own links.</param>
    /// <param name="origins">Where links written in Markdown came from, by page and URL: a broken one is reported there.</param>
    public CheckReport Check(
        string folder,
        string displayFolder,
        string? rootPath = null,
        IReadOnlyDictionary<(string Page, string Url), SourceLocation>? origins = null)
    {
        var root = Path.GetFullPath(folder);
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith('.'))
            .ToHashSet(StringComparer.Ordinal);
        var parser = new PageParser(diagnostics);
        var pages = files
            .Where(f => f.EndsWith(".html", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .AsParallel()
            .Select(f => parser.Parse(f, $"{displayFolder}/{f}", File.ReadAllText(Path.Combine(root, f))))
            .ToDictionary(p => p.OutputPath, StringComparer.Ordinal);

        var serverRoot = rootPath ?? (pages.TryGetValue(NotFoundPage, out var notFound) ? CommonFolder(notFound.References.Select(r => r.Url)) : "/");
        var links = 0;
        foreach (var page in pages.Values.OrderBy(p => p.OutputPath, StringComparer.Ordinal))
        {
            foreach (var reference in page.References)
            {
                links++;
                if (Problem(page, RootRelative(page, reference.Url, serverRoot), files, pages) is { } problem)
                {
                    if (origins is not null && origins.TryGetValue((page.OutputPath, reference.Url), out var origin))
                    {
                        diagnostics.Error(origin, $"{problem} (on {page.OutputPath})");
                    }
                    else
                    {
                        diagnostics.Error(reference.Location, problem);
                    }
                }
            }
        }

        return new CheckReport(pages.Count, links);
    }

    /// <summary>On the 404 page, a link from the site root is checked as the page-relative link it stands for.</summary>
    private static string RootRelative(PageLinks page, string url, string root) =>
        page.OutputPath == NotFoundPage && url.StartsWith(root, StringComparison.Ordinal) ? url[root.Length..] : url;

    /// <summary>The longest folder path that every root-absolute link starts with: "/" or "/archive/".</summary>
    private static string CommonFolder(IEnumerable<string> urls)
    {
        string? common = null;
        foreach (var url in urls.Where(u => u.StartsWith('/') && !u.StartsWith("//", StringComparison.Ordinal)))
        {
            var folder = url[..(url.LastIndexOf('/') + 1)];
            common = common is null ? folder : folder[..CommonLength(common, folder)];
        }

        return common is null ? "/" : common[..(common.LastIndexOf('/') + 1)];
    }

    private static int CommonLength(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n])
        {
            n++;
        }

        return n;
    }

    private static string? Problem(PageLinks page, string url, HashSet<string> files, Dictionary<string, PageLinks> pages)
    {
        if (IsExternal(url))
        {
            return null;
        }

        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var pathPart = hash < 0 ? url : url[..hash];
        var fragment = hash < 0 ? null : Uri.UnescapeDataString(url[(hash + 1)..]);
        var query = pathPart.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0)
        {
            pathPart = pathPart[..query];
        }

        string target;
        if (pathPart.Length == 0)
        {
            target = page.OutputPath;
        }
        else if (pathPart.StartsWith('/'))
        {
            return $"the link '{url}' starts at the server root, which breaks when the site is opened from disk; make it relative";
        }
        else if (pathPart.EndsWith('/'))
        {
            return $"the link '{url}' names a folder, which breaks when the site is opened from disk; link to its index.html";
        }
        else
        {
            var resolved = SitePaths.Resolve(page.OutputPath, Uri.UnescapeDataString(pathPart));
            if (resolved is null || !files.Contains(resolved))
            {
                return $"broken link '{url}': there is no file {resolved ?? "outside the site"}";
            }

            target = resolved;
        }

        if (string.IsNullOrEmpty(fragment) || !pages.TryGetValue(target, out var targetPage) || targetPage.Ids.Contains(fragment))
        {
            return null;
        }

        return $"broken link '{url}': {target} has no element with id '{fragment}'";
    }

    private static bool IsExternal(string url)
    {
        if (url.StartsWith("//", StringComparison.Ordinal))
        {
            return true;
        }

        var colon = url.IndexOf(':', StringComparison.Ordinal);
        var slash = url.IndexOfAny(['/', '#', '?']);
        return colon > 0 && (slash < 0 || colon < slash);
    }
}
