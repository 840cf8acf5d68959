namespace Broadsheet.Model;

/// <summary>The archive as a whole, from site.yml.</summary>
/// <param name="BaseUrl">The deployed address ending in '/', or null when the site is only browsed relatively.</param>
/// <param name="PageSize">How many articles a page of a topic or author list shows before the next page.</param>
/// <param name="AllowRawHtml">Whether HTML written in Markdown passes through (the default, for a trusted newsroom) or is shown as text.</param>
/// <param name="LinkCheck">Whether a broken link written in content fails the build or is a warning (<c>link_check</c>).</param>
/// <param name="ArticlePath">Where article pages are written (<c>article_path</c>).</param>
public sealed record Site(
    string Title,
    string Language,
    string? BaseUrl,
    IReadOnlyList<Section> Sections,
    int PageSize = Site.DefaultPageSize,
    bool AllowRawHtml = true,
    ImageSettings? Images = null,
    LinkCheck LinkCheck = LinkCheck.Error,
    ArticlePathPattern? ArticlePath = null)
{
    /// <summary>Where article pages are written (site.yml's <c>article_path</c>).</summary>
    public ArticlePathPattern ArticlePath { get; init; } = ArticlePath ?? ArticlePathPattern.Default;

    /// <summary>How photographs are published (site.yml's <c>images:</c>).</summary>
    public ImageSettings Images { get; init; } = Images ?? ImageSettings.Default;

    /// <summary>The paper's own links for the header and footer (<c>menus:</c>).</summary>
    public SiteMenus Menus { get; init; } = SiteMenus.None;

    /// <summary>The services articles offer share links to (<c>share:</c>); null for none, the default.</summary>
    public ShareSettings? Share { get; init; }

    public const int DefaultPageSize = 50;
}
