namespace Broadsheet.Model;

/// <summary>site.yml's <c>menus:</c>, the paper's own links that the theme shows in its header and footer.</summary>
public sealed record SiteMenus(IReadOnlyList<MenuItem> Header, IReadOnlyList<MenuItem> Footer)
{
    public static readonly SiteMenus None = new([], []);

    public IEnumerable<MenuItem> All => Header.Concat(Footer);
}
