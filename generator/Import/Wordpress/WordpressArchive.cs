namespace Broadsheet.Import.Wordpress;

/// <summary>
/// What the first pass over an export learns, before any post is converted: the site, its authors, categories, tags and
/// attachments, and where every post will be written, so that a link to any post can be made a link to its file.
/// </summary>
public sealed class WordpressArchive
{
    private readonly Dictionary<string, string> _articleByKey = new(StringComparer.Ordinal);
    private readonly HashSet<string> _hosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _paths = new(StringComparer.Ordinal);

    public string Title { get; set; } = "";

    public string Language { get; set; } = "en";

    /// <summary>The old site's address (<c>wp:base_blog_url</c>, else the channel's link).</summary>
    public Uri? BaseUrl { get; private set; }

    public UploadsFolder? Uploads { get; init; }

    public Dictionary<string, string> AuthorNames { get; } = new(StringComparer.Ordinal);

    /// <summary>Categories and tags by domain and nicename, in the order the export lists them.</summary>
    public List<(string Domain, string Nicename, string Name, string? Description)> Terms { get; } = [];

    public Dictionary<string, Attachment> Attachments { get; } = new(StringComparer.Ordinal);

    /// <summary>Each post to import, by id: the file it goes to and its old addresses.</summary>
    public Dictionary<string, PlannedPost> Posts { get; } = new(StringComparer.Ordinal);

    public void AddSiteAddress(string url)
    {
        if (OldUrl.TryParse(url, out var uri) && uri.Host != "old.invalid")
        {
            BaseUrl ??= uri;
            _hosts.Add(Bare(uri.Host));
        }
    }

    private readonly HashSet<string> _drafts = new(StringComparer.Ordinal);

    public void Plan(PlannedPost post)
    {
        ArgumentNullException.ThrowIfNull(post);
        Posts[post.Id] = post;
        _paths.Add(post.SitePath);
        if (post.Draft)
        {
            _drafts.Add(post.SitePath);
        }

        foreach (var url in post.OldUrls)
        {
            if (OldUrl.Key(url) is { } key)
            {
                _articleByKey.TryAdd(key, post.SitePath);
            }
        }
    }

    /// <summary>Whether a post is already planned to be written at <paramref name="sitePath"/>.</summary>
    public bool IsTaken(string sitePath) => _paths.Contains(sitePath);

    /// <summary>The file of the imported article at an old address's key, if any.</summary>
    public string? ArticleAt(string key) => _articleByKey.GetValueOrDefault(key);

    /// <summary>Whether the article written at <paramref name="sitePath"/> is a draft, left out of a build without --drafts.</summary>
    public bool IsDraft(string sitePath) => _drafts.Contains(sitePath);

    /// <summary>Whether an address is on the old site (its host, or a path from the root), and its absolute form.</summary>
    public bool IsOldSite(string url, out string absolute)
    {
        absolute = url;
        if (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
        {
            absolute = BaseUrl is null ? url : new Uri(BaseUrl, url).AbsoluteUri;
            return true;
        }

        var withScheme = url.StartsWith("//", StringComparison.Ordinal) ? "https:" + url : url;
        if (Uri.TryCreate(withScheme, UriKind.Absolute, out var uri) && (uri.Scheme == "http" || uri.Scheme == "https") && _hosts.Contains(Bare(uri.Host)))
        {
            absolute = withScheme;
            return true;
        }

        return false;
    }

    private static string Bare(string host) => host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;

    /// <summary>An attachment of the export: its address, alt text, caption and title.</summary>
    public sealed record Attachment(string Url, string? Alt, string? Caption, string Title);

    /// <summary>A post that will be imported: its id, the file it goes to, and its old addresses.</summary>
    public sealed record PlannedPost(string Id, string SitePath, DateOnly Date, string Slug, IReadOnlyList<string> OldUrls, bool Draft = false);
}
