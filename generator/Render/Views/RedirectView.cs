namespace Broadsheet.Render.Views;

/// <summary>What <c>redirect.html</c> sees: where a legacy URL now leads.</summary>
/// <param name="Url">The article's page, relative to the redirect page (works from disk and from a server).</param>
/// <param name="Canonical">The article's deployed address when the site has a base URL, else the relative URL.</param>
public sealed record RedirectView(string Title, string Url, string Canonical);
