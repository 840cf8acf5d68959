namespace Broadsheet.Render.Views;

/// <summary>site.yml's menus as templates see them (<c>site.menus.header</c>), each url relative to the page that shows it.</summary>
public sealed record MenusView(IReadOnlyList<NavItemView> Header, IReadOnlyList<NavItemView> Footer);
