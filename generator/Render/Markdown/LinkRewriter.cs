using Broadsheet.Common;
using Broadsheet.Diagnostics;
using Broadsheet.Graph;
using Broadsheet.Render.Views;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Broadsheet.Render.Markdown;

/// <summary>
/// Rewrites the links and images of a parsed body so they work from the page that shows it:
/// a link to another article's <c>.md</c> file, or to one of its old addresses (<c>aliases</c>), becomes a link to its
/// page, a path into <c>static/</c> or from the site root (<c>/images/x.svg</c>) becomes relative to the page. Other
/// links are left alone.
/// </summary>
/// <param name="brokenLinksWarn">With <c>link_check: warn</c>, a link to a Markdown file that is not an article, or out of
/// the source folder, is left as it is written for the Check stage to list as a warning, rather than an error here.</param>
/// <param name="unbuilt">Articles (source paths) left out of a failing build for their own errors: a link to one leads
/// nowhere in this build (<c>#</c>), and is not reported, as the article's errors are.</param>
public sealed class LinkRewriter(
    ILinkTargets targets,
    DiagnosticBag diagnostics,
    LinkOrigins origins,
    bool brokenLinksWarn = false,
    IReadOnlySet<string>? unbuilt = null)
{
    private static readonly string[] RefusedSchemes = ["javascript:", "vbscript:", "data:"];

    public void Rewrite(MarkdownDocument document, MarkdownPage page)
    {
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.Url is { Length: > 0 } url)
            {
                link.Url = Rewrite(url, link, page);
                origins.Record(page.PagePath, link.Url, LocationOf(link, page));
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>())
        {
            if (IsRefused(autolink.Url))
            {
                Report(autolink, page, $"the link '{autolink.Url}' is refused: script and data links are not allowed in articles");
                autolink.Url = "#";
            }
        }
    }

    /// <summary>javascript:, vbscript: and data: run code or hide content; browsers ignore blanks and case in the scheme.</summary>
    internal static bool IsRefused(string url)
    {
        var compact = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        return RefusedSchemes.Any(s => compact.StartsWith(s, StringComparison.OrdinalIgnoreCase));
    }

    private string Rewrite(string url, LinkInline link, MarkdownPage page)
    {
        if (IsRefused(url))
        {
            Report(link, page, $"the link '{url}' is refused: script and data links are not allowed in articles");
            return "#";
        }

        if (IsExternal(url))
        {
            return url;
        }

        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var path = Uri.UnescapeDataString(hash < 0 ? url : url[..hash]);
        // RelativeUrl encodes the fragment it is given, so it must be given the decoded one.
        var fragment = hash < 0 ? null : Uri.UnescapeDataString(url[(hash + 1)..]);
        var query = path.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0)
        {
            path = path[..query];
        }

        var rootRelative = path.StartsWith('/');
        var resolved = SitePaths.Resolve(rootRelative ? "" : page.SourcePath, path);
        if (resolved is null)
        {
            if (brokenLinksWarn)
            {
                return url;
            }

            // Reported here, the link is not checked again: the build fails, and the page is never published.
            Report(link, page, $"the link '{url}' leads outside the source folder");
            return "#";
        }

        if (path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            if (targets.PageOfSource(resolved) is { } articlePage)
            {
                return RelativeUrl.Between(page.PagePath, articlePage, fragment);
            }

            if (unbuilt is not null && unbuilt.Contains(resolved))
            {
                return "#";
            }

            if (brokenLinksWarn)
            {
                return url;
            }

            Report(link, page, $"the link '{url}' leads to {resolved}, which is not an article or a page under pages/; check the file name");
            return "#";
        }

        var outputPath = resolved.StartsWith("static/", StringComparison.Ordinal) ? resolved["static/".Length..] : resolved;
        if (link.IsImage && targets.IsStaticFile(outputPath) && targets.Image(outputPath) is { } photograph)
        {
            // Rendered as a <picture> of the photograph's derivatives (PictureRenderer); the link itself leads to the large version.
            link.SetData(typeof(ImageView), PictureViews.Column(photograph, page.PagePath, outputPath, "", null));
            return RelativeUrl.Between(page.PagePath, photograph.Large.OutputPath, fragment);
        }

        if (targets.IsStaticFile(outputPath))
        {
            return RelativeUrl.Between(page.PagePath, outputPath, fragment);
        }

        // An old address of an article (one of its aliases), as old content links: to the article, not its redirect page.
        if (resolved.Length > 0
            && Model.LegacyUrl.OutputPathOf(path.EndsWith('/') ? resolved + "/" : resolved, out _) is { } aliasPath
            && targets.PageOfAlias(aliasPath) is { } aliasedPage)
        {
            return RelativeUrl.Between(page.PagePath, aliasedPage, fragment);
        }

        if (rootRelative)
        {
            return RelativeUrl.Between(page.PagePath, outputPath, fragment);
        }

        return url;
    }

    private static bool IsExternal(string url) =>
        url.StartsWith('#') || url.StartsWith("//", StringComparison.Ordinal) || HasScheme(url);

    private static bool HasScheme(string url)
    {
        var colon = url.IndexOf(':', StringComparison.Ordinal);
        var slash = url.IndexOf('/', StringComparison.Ordinal);
        return colon > 0 && (slash < 0 || colon < slash);
    }

    private void Report(Inline link, MarkdownPage page, string message) => diagnostics.Error(LocationOf(link, page), message);

    private static SourceLocation LocationOf(Inline link, MarkdownPage page) =>
        new(page.Markdown.DisplayPath, page.Markdown.FirstLine + link.Line, link.Column + 1);
}
