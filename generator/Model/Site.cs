namespace Broadsheet.Model;

/// <summary>The archive as a whole, from site.yml.</summary>
/// <param name="BaseUrl">The deployed address ending in '/', or null when the site is only browsed relatively.</param>
public sealed record Site(string Title, string Language, string? BaseUrl, IReadOnlyList<Section> Sections);
