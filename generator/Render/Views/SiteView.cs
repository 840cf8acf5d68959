namespace Broadsheet.Render.Views;

/// <summary>What every template sees about the archive; the menus' links are made relative to the page being rendered.</summary>
public sealed record SiteView(string Title, string Language, MenusView Menus);
