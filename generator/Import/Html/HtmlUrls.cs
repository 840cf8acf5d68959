using Broadsheet.Common;
using Broadsheet.Import.Markdown;

namespace Broadsheet.Import.Html;

/// <summary>
/// The addresses in one saved page: a link to another imported page becomes a link to its Markdown file, a file of the
/// mirror (an image, a PDF) is copied into <c>static/</c> at the same path, other pages of the old site keep their
/// address on its host (or, with no host known, lose the link and keep the text, with a warning).
/// </summary>
public sealed class HtmlUrls(MirrorFolder mirror, IReadOnlyDictionary<string, string> articles, ImportSession session, string pageFile, string articlePath) : IUrlMapper
{
    public string? Link(string href)
    {
        if (href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || href.StartsWith("tel:", StringComparison.OrdinalIgnoreCase))
        {
            return href;
        }

        var (address, onSite) = mirror.Resolve(pageFile, href);
        if (address is null || !onSite)
        {
            return href;
        }

        var fragment = address.Fragment;
        if (OldUrl.Key(address.AbsoluteUri) is { } key && articles.TryGetValue(key, out var target))
        {
            return SitePaths.Relative(articlePath, target) + fragment;
        }

        var page = address.AbsolutePath.EndsWith('/') || address.AbsolutePath.EndsWith(".html", StringComparison.OrdinalIgnoreCase)
            || address.AbsolutePath.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);
        if (!page && Copy(address) is { } copied)
        {
            return copied + fragment;
        }

        if (mirror.SiteHost is not null)
        {
            session.Log.Count("links to old pages kept as they were");
            return mirror.Absolute(address);
        }

        session.Log.Warn(pageFile, $"the link to {address.PathAndQuery} leads to a page that was not imported, and the old site's address is unknown; its text is kept without the link");
        return null;
    }

    public string? Image(string src)
    {
        var (address, onSite) = mirror.Resolve(pageFile, src);
        if (address is null || !onSite)
        {
            return src;
        }

        if (Copy(address) is { } copied)
        {
            return copied;
        }

        if (mirror.SiteHost is not null)
        {
            session.Log.Warn(pageFile, $"the image {address.AbsolutePath} is not in the mirror; it stays on the old site");
            return mirror.Absolute(address);
        }

        session.Log.Warn(pageFile, $"the image {address.AbsolutePath} is not in the mirror and the old site's address is unknown; left out");
        return null;
    }

    /// <summary>Copies a file of the mirror into static/ and returns its address from the root.</summary>
    private string? Copy(Uri address)
    {
        if (mirror.FileAt(address) is not { } file)
        {
            return null;
        }

        var sitePath = "static/" + file.Path;
        if (!session.Writer.Has(sitePath))
        {
            session.Writer.Copy(sitePath, file.File);
            session.Log.Count("files copied from the mirror");
        }

        return "/" + file.Path;
    }
}
