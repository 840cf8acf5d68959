namespace Broadsheet.Render.Views;

/// <summary>What every template sees about the archive.</summary>
public sealed record SiteView(string Title, string Language);
