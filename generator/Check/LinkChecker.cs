using System.Collections.Concurrent;
using Broadsheet.Diagnostics;
using Broadsheet.Graph;

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
    /// <param name="written">The folder's files (paths with '/'), when the caller wrote them and knows; else the folder is listed.</param>
    public CheckReport Check(
        string folder,
        string displayFolder,
        string? rootPath = null,
        IReadOnlyDictionary<(string Page, string Url), SourceLocation>? origins = null,
        Func<string, bool>? mustRead = null,
        IEnumerable<string>? written = null)
    {
        var root = Path.GetFullPath(folder);
        var files = (written ?? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')))
            .Where(f => !f.StartsWith('.'))
            .ToHashSet(StringComparer.Ordinal);
        var parser = new PageParser(diagnostics);

        // Each page is checked as it is read, and only what a second pass needs is kept: every page's ids, and the links
        // with a #fragment on another page. The 404 page waits for the second pass whole, as the site's root may come from it.
        var ids = new ConcurrentDictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        var later = new ConcurrentBag<(PageLinks Page, PageLinks.Reference Reference, string Target, string Fragment)>();
        PageLinks? notFound = null;
        var links = 0;
        var pages = files
            .Where(f => f.EndsWith(".html", StringComparison.Ordinal) && (mustRead is null || f == NotFoundPage || mustRead(f)))
            .Order(StringComparer.Ordinal)
            .ToList();
        Parallel.ForEach(pages, f =>
        {
            var page = parser.Parse(f, $"{displayFolder}/{f}", File.ReadAllText(Path.Combine(root, f)));
            ids[page.OutputPath] = page.Ids;
            Interlocked.Add(ref links, page.References.Count);
            if (page.OutputPath == NotFoundPage)
            {
                notFound = page;
                return;
            }

            PageLinks? withoutReferences = null;
            foreach (var reference in page.References)
            {
                if (Check(page, reference, reference.Url, files, origins) is (var target, var fragment))
                {
                    if (target == page.OutputPath)
                    {
                        CheckFragment(page, reference, target, fragment, page.Ids, origins);
                    }
                    else
                    {
                        withoutReferences ??= page with { References = [] };
                        later.Add((withoutReferences, reference, target, fragment));
                    }
                }
            }
        });

        // A page not read (an incremental build's unchanged page) is read for its ids when a link needs them.
        IReadOnlySet<string>? IdsOf(string target)
        {
            if (!ids.TryGetValue(target, out var found) && mustRead is not null && target.EndsWith(".html", StringComparison.Ordinal))
            {
                found = parser.Parse(target, $"{displayFolder}/{target}", File.ReadAllText(Path.Combine(root, target))).Ids;
                ids[target] = found;
            }

            return found;
        }

        foreach (var (page, reference, target, fragment) in later.OrderBy(l => l.Page.OutputPath, StringComparer.Ordinal))
        {
            if (IdsOf(target) is { } targetIds)
            {
                CheckFragment(page, reference, target, fragment, targetIds, origins);
            }
        }

        if (notFound is not null)
        {
            var serverRoot = rootPath ?? CommonFolder(notFound.References.Select(r => r.Url));
            foreach (var reference in notFound.References)
            {
                if (Check(notFound, reference, RootRelative(notFound, reference.Url, serverRoot), files, origins) is (var target, var fragment)
                    && IdsOf(target) is { } targetIds)
                {
                    CheckFragment(notFound, reference, target, fragment, targetIds, origins);
                }
            }
        }

        return new CheckReport(pages.Count, links, ids);
    }

    /// <summary>Checks that <paramref name="url"/> names a file of the site; the page and #fragment it names, when there is one, are left to check.</summary>
    private (string Target, string Fragment)? Check(
        PageLinks page,
        PageLinks.Reference reference,
        string url,
        HashSet<string> files,
        IReadOnlyDictionary<(string Page, string Url), SourceLocation>? origins)
    {
        var problem = Problem(page, url, files, out var target, out var fragment);
        if (problem is not null)
        {
            Report(page, reference, problem, origins);
            return null;
        }

        return string.IsNullOrEmpty(fragment) ? null : (target!, fragment);
    }

    private void CheckFragment(
        PageLinks page,
        PageLinks.Reference reference,
        string target,
        string fragment,
        IReadOnlySet<string> targetIds,
        IReadOnlyDictionary<(string Page, string Url), SourceLocation>? origins)
    {
        if (!targetIds.Contains(fragment))
        {
            Report(page, reference, $"broken link '{reference.Url}': {target} has no element with id '{fragment}'", origins);
        }
    }

    private void Report(
        PageLinks page,
        PageLinks.Reference reference,
        string problem,
        IReadOnlyDictionary<(string Page, string Url), SourceLocation>? origins)
    {
        if (origins is not null && origins.TryGetValue((page.OutputPath, reference.Url), out var origin))
        {
            diagnostics.Error(origin, $"{problem} (on {page.OutputPath})");
        }
        else
        {
            diagnostics.Error(page.LocationOf(reference), problem);
        }
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

    /// <summary>What is wrong with a link, if anything, but for its #fragment, which is returned with the page it is on.</summary>
    private static string? Problem(PageLinks page, string url, HashSet<string> files, out string? target, out string? fragment)
    {
        target = null;
        fragment = null;
        if (IsExternal(url))
        {
            return null;
        }

        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var pathPart = hash < 0 ? url : url[..hash];
        fragment = hash < 0 ? null : Uri.UnescapeDataString(url[(hash + 1)..]);
        var query = pathPart.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0)
        {
            pathPart = pathPart[..query];
        }

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

        return null;
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
