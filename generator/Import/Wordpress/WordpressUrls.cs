using Broadsheet.Common;
using Broadsheet.Import.Markdown;

namespace Broadsheet.Import.Wordpress;

/// <summary>
/// The addresses in one post: a link to another imported post becomes a link to its Markdown file (which the build
/// checks), an upload is copied into <c>static/uploads/</c> and linked from the root, any other address on the old
/// site is made absolute and kept (so is a published post's link to a draft, which a build leaves out).
/// </summary>
public sealed class WordpressUrls(WordpressArchive archive, ImportSession session, string articlePath, string origin, bool fromDraft = false) : IUrlMapper
{
    public string? Link(string href)
    {
        if (!archive.IsOldSite(href, out var absolute))
        {
            return href;
        }

        var (address, fragment) = SplitFragment(absolute);
        if (OldUrl.Key(address) is { } key && archive.ArticleAt(key) is { } target)
        {
            // A published article's link to a draft would lead nowhere in a build without --drafts, as it did on the old site.
            if (archive.IsDraft(target) && !fromDraft)
            {
                session.Log.Count("links to drafts kept as old addresses");
                return absolute;
            }

            return SitePaths.Relative(articlePath, target) + fragment;
        }

        if (UploadsFolder.RelativePathOf(address) is not null && Upload(address) is { } copied)
        {
            return copied + fragment;
        }

        session.Log.Count("links to old pages kept as they were");
        return absolute;
    }

    public string? Image(string src)
    {
        if (!archive.IsOldSite(src, out var absolute))
        {
            return src;
        }

        return Upload(absolute) ?? absolute;
    }

    /// <summary>Copies an upload into static/ and returns its address from the root, or null (with a warning) when it is not there.</summary>
    private string? Upload(string url)
    {
        if (UploadsFolder.RelativePathOf(url) is not { } relative)
        {
            return null;
        }

        if (archive.Uploads is null)
        {
            session.Log.Count("uploads left on the old site (no --uploads)");
            return null;
        }

        if (archive.Uploads.Find(relative, out var resolved) is not { } file)
        {
            session.Log.Warn(origin, $"{url} is not in the uploads folder; the address is kept as it was");
            return null;
        }

        var sitePath = "static/uploads/" + resolved;
        if (!session.Writer.Has(sitePath))
        {
            session.Writer.Copy(sitePath, file);
            session.Log.Count("uploads copied");
        }

        return "/uploads/" + resolved;
    }

    private static (string Address, string Fragment) SplitFragment(string url)
    {
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? (url, "") : (url[..hash], url[hash..]);
    }
}
