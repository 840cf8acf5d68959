namespace Broadsheet.Model;

/// <summary>The archive as a whole, from site.yml.</summary>
/// <param name="BaseUrl">The deployed address ending in '/', or null when the site is only browsed relatively.</param>
/// <param name="PageSize">How many articles a page of a topic or author list shows before the next page.</param>
public sealed record Site(string Title, string Language, string? BaseUrl, IReadOnlyList<Section> Sections, int PageSize = Site.DefaultPageSize)
{
    public const int DefaultPageSize = 50;
}
