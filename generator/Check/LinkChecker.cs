using System.Collections.Concurrent;
using Broadsheet.Common;
using Broadsheet.Diagnostics;
using Broadsheet.Graph;

namespace Broadsheet.Check;

/// <summary>
/// The rules of the Check stage: every internal link, image and script of every page must name a file of the site,
/// and every <c>#fragment</c> an id on its target page. Links must be relative and name a file, so the site works
/// from disk (file://) and under any sub-path of a server. Pages are given one at a time, from any thread: each link
/// is checked at once, but for what only the end can tell (another page's ids, a file not known yet).
/// </summary>
/// <param name="known">Files of the site known while pages are given (paths with '/'); a link to another file waits for <see cref="Finish"/>.</param>
/// <param name="rootPath">The server path the site is deployed under ("/archive/"), against which the 404 page's links resolve;
/// null to work it out from the 404 page's own links.</param>
/// <param name="origins">Where links written in Markdown came from, by page and URL: a broken one is reported there.</param>
/// <param name="contentLinksWarn">Whether a broken link written in Markdown is a warning (<c>link_check: warn</c>) rather than an
/// error; links the theme makes are errors either way.</param>
/// <param name="themeLocation">Where the theme writes a link's target (<see cref="Render.TemplateSet.Find"/>): the same broken
/// link on many pages is one error there, rather than one at each page; null to report each page.</param>
/// <param name="menuLocation">Where site.yml's menus link to a file of the site (<see cref="Model.MenuItem.Target"/>): a broken
/// menu link, on every page, is one error at its line there.</param>
public sealed class LinkChecker(
    DiagnosticBag diagnostics,
    IReadOnlySet<string> known,
    string? rootPath = null,
    IReadOnlyDictionary<(string Page, string Url), SourceLocation>? origins = null,
    bool contentLinksWarn = false,
    Func<string, SourceLocation?>? themeLocation = null,
    Func<string, SourceLocation?>? menuLocation = null)
{
    /// <summary>The page a server shows for a missing address; it is only ever served, so it links from the site root.</summary>
    public const string NotFoundPage = "404.html";

    private readonly ConcurrentDictionary<string, IReadOnlySet<string>> _ids = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<Pending> _pending = [];
    private readonly ConcurrentDictionary<string, ConcurrentBag<(PageLinks Page, PageLinks.Reference Reference, Broken Problem)>> _fromTheme = new(StringComparer.Ordinal);
    private int _pages;
    private int _links;

    /// <summary>The ids of every page checked so far, by output path.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> Ids => _ids;

    /// <summary>Whether a file belongs to the site: files in folders whose names start with a dot (.git) do not.</summary>
    public static bool IsOfSite(string path) => !path.StartsWith('.');

    /// <summary>Checks a page's links; only its ids, and the links that need the end, are kept.</summary>
    public void Check(PageLinks page)
    {
        _ids[page.OutputPath] = page.Ids;
        Interlocked.Increment(ref _pages);
        Interlocked.Add(ref _links, page.References.Count);
        var serverRoot = page.OutputPath == NotFoundPage ? rootPath ?? CommonFolder(page.References.Select(r => r.Url)) : null;
        PageLinks? withoutReferences = null;
        foreach (var reference in page.References)
        {
            var url = serverRoot is null ? reference.Url : RootRelative(reference.Url, serverRoot);
            if (Problem(page, url, out var target, out var fragment) is { } problem)
            {
                Report(page, reference, problem);
            }
            else if (target == page.OutputPath)
            {
                CheckFragment(page, reference, target, fragment, page.Ids);
            }
            else if (target is not null && (!Exists(known, target) || !string.IsNullOrEmpty(fragment)))
            {
                withoutReferences ??= page with { References = [] };
                _pending.Add(new Pending(withoutReferences, reference, url, target, fragment));
            }
        }
    }

    /// <summary>Checks the links that waited for every page, against the site's files as they are at the end.</summary>
    /// <param name="idsOf">The ids of a page that was not checked, when a link needs them; null if it is not to be read.</param>
    /// <exception cref="InvalidOperationException">A file said to be known is not among <paramref name="files"/>.</exception>
    public CheckReport Finish(IReadOnlySet<string> files, Func<string, IReadOnlySet<string>?> idsOf)
    {
        if (known.FirstOrDefault(f => IsOfSite(f) && !files.Contains(f)) is { } promised)
        {
            throw new InvalidOperationException($"the check was told {promised} is a file of the site, but it is not among the files at the end");
        }

        IReadOnlySet<string>? IdsOf(string target)
        {
            if (!_ids.TryGetValue(target, out var found) && target.EndsWith(".html", StringComparison.Ordinal) && idsOf(target) is { } read)
            {
                found = read;
                _ids[target] = read;
            }

            return found;
        }

        var pending = _pending
            .OrderBy(p => p.Page.OutputPath, StringComparer.Ordinal)
            .ThenBy(p => p.Reference.Line)
            .ThenBy(p => p.Reference.Column)
            .ThenBy(p => p.Reference.Url, StringComparer.Ordinal);
        foreach (var (page, reference, url, target, fragment) in pending)
        {
            if (!Exists(files, target))
            {
                Report(page, reference, NoFile(url, target));
            }
            else if (!string.IsNullOrEmpty(fragment) && IdsOf(target) is { } targetIds)
            {
                CheckFragment(page, reference, target, fragment, targetIds);
            }
        }

        ReportTheThemesLinks(files);
        return new CheckReport(_pages, _links, _ids);
    }

    private static bool Exists(IReadOnlySet<string> files, string path) => IsOfSite(path) && files.Contains(path);

    private void CheckFragment(PageLinks page, PageLinks.Reference reference, string target, string? fragment, IReadOnlySet<string> targetIds)
    {
        if (!string.IsNullOrEmpty(fragment) && !targetIds.Contains(fragment))
        {
            Report(page, reference, new Broken($"broken link '{reference.Url}'", $"{target} has no element with id '{fragment}'", target, FileMissing: false));
        }
    }

    private void Report(PageLinks page, PageLinks.Reference reference, Broken broken)
    {
        var problem = broken.Message;
        if (origins is not null && origins.TryGetValue((page.OutputPath, reference.Url), out var origin))
        {
            if (contentLinksWarn)
            {
                diagnostics.Warning(origin, problem + PageWarnings.On(page.OutputPath, "published with it, as link_check is 'warn'"));
            }
            else
            {
                diagnostics.Error(origin, $"{problem} (on {page.OutputPath})");
            }
        }
        else if ((themeLocation ?? menuLocation) is not null && broken.Missing is { } missing)
        {
            // The same target broken on every page is one mistake in the theme: grouped by what is missing, reported at the end.
            _fromTheme.GetOrAdd(missing, _ => []).Add((page, reference, broken));
        }
        else
        {
            diagnostics.Error(page.LocationOf(reference), problem);
        }
    }

    /// <summary>
    /// Each broken link the theme makes, once: at the template line that writes its target when one does, naming the first
    /// page and how many others have it; a link on one page only is reported at that page, as before.
    /// </summary>
    /// <param name="files">Every file of the site, among which a broken menu link's nearest is suggested.</param>
    private void ReportTheThemesLinks(IReadOnlySet<string> files)
    {
        foreach (var found in _fromTheme.Values)
        {
            var all = found.OrderBy(f => f.Page.OutputPath, StringComparer.Ordinal).ThenBy(f => f.Reference.Line).ThenBy(f => f.Reference.Column).ToList();
            var (page, reference, broken) = all[0];
            var pages = all.Select(f => f.Page.OutputPath).Distinct(StringComparer.Ordinal).Count();
            var others = pages switch { 1 => "", 2 => " and 1 other page", _ => $" and {pages - 1} other pages" };
            if (broken.Target is { } linked && menuLocation?.Invoke(linked) is { } menu)
            {
                var hint = broken.FileMissing ? Suggest.Hint(linked, files.Where(PageNotes.IsPage)) : "";
                diagnostics.Error(menu, $"{broken.Message} (site.yml's menus link to it on {page.OutputPath}{others}){hint}");
                continue;
            }

            if (pages == 1)
            {
                diagnostics.Error(page.LocationOf(reference), broken.Message);
                continue;
            }

            diagnostics.Error(
                (broken.FileMissing && broken.Target is { } target ? themeLocation?.Invoke(target) : null) ?? page.LocationOf(reference),
                $"{broken.Message} (on {page.OutputPath}{others}; the theme writes it)");
        }
    }

    /// <summary>On the 404 page, a link from the site root is checked as the page-relative link it stands for.</summary>
    private static string RootRelative(string url, string root) =>
        url.StartsWith(root, StringComparison.Ordinal) ? url[root.Length..] : url;

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

    private static Broken NoFile(string url, string? resolved) =>
        new($"broken link '{url}'", $"there is no file {resolved ?? "outside the site"}" + (LooksLikeImage(url) ? ImagesLiveUnderStatic : ""), resolved, FileMissing: true);

    /// <summary>What a writer needs to know when an image is not found: where images go, and how to name them.</summary>
    private const string ImagesLiveUnderStatic =
        "; images live under static/: put the file in static/ (static/images/x.jpg) and write /images/x.jpg, or the path from the article's file to it";

    private static bool LooksLikeImage(string url)
    {
        var path = url.Split('#', '?')[0];
        return Path.GetExtension(path).ToLowerInvariant() is ".jpg" or ".jpeg" or ".png" or ".gif" or ".webp" or ".svg" or ".tif" or ".tiff" or ".avif";
    }

    /// <summary>
    /// What is wrong with a link whatever files the site has, if anything; else the file it names (null for an external
    /// link), whose existence and #fragment are left to check.
    /// </summary>
    private static Broken? Problem(PageLinks page, string url, out string? target, out string? fragment)
    {
        target = null;
        fragment = null;
        if (ExternalUrl.Is(url))
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
            return new Broken($"the link '{url}' starts at the server root, which breaks when the site is opened from disk; make it relative");
        }
        else if (pathPart.EndsWith('/'))
        {
            return new Broken($"the link '{url}' names a folder, which breaks when the site is opened from disk; link to its index.html");
        }
        else
        {
            target = SitePaths.Resolve(page.OutputPath, Uri.UnescapeDataString(pathPart));
            if (target is null)
            {
                return NoFile(url, null);
            }
        }

        return null;
    }

    /// <summary>
    /// What is wrong with a link: <paramref name="Link"/> names it; <paramref name="Missing"/>, when there is one, is what it
    /// leads to that is not there, shared by every page whose link is broken the same way; <paramref name="Target"/> is the
    /// file it names, and <paramref name="FileMissing"/> whether that file, rather than an id in it, is what is missing.
    /// </summary>
    private sealed record Broken(string Link, string? Missing = null, string? Target = null, bool FileMissing = false)
    {
        public string Message => Missing is null ? Link : $"{Link}: {Missing}";
    }

    /// <summary>A link that waits for <see cref="Finish"/>: <paramref name="Url"/> is as checked (on the 404 page, made relative).</summary>
    private sealed record Pending(PageLinks Page, PageLinks.Reference Reference, string Url, string Target, string? Fragment);
}
