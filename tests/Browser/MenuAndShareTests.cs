using Microsoft.Playwright;

namespace Broadsheet.Tests.Browser;

/// <summary>
/// The paper's own links in a real browser, by keyboard alone: the header and footer menus, an article's address to
/// copy and its share links are each reached with Tab, in reading order, and a menu link opens its page with Enter.
/// </summary>
[Trait("Category", Category.Slow)]
public sealed class MenuAndShareTests(BrowserFixture site) : IClassFixture<BrowserFixture>
{
    private const string Article = "articles/2024/11/defence-of-madrid-1936.html";

    [BrowserFact]
    public async Task Tab_reaches_the_header_menu_the_address_the_share_links_and_the_footer_menu_in_reading_order()
    {
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(site.Server.BaseUrl + Article);

        var stops = await TabStops(page);

        string[] expected =
        [
            "a About the paper", "a Subscribe",
            "input page.address",
            "a Email", "a Mastodon", "a Bluesky", "a Facebook", "a X", "a LinkedIn",
            "a About", "a Subscribe", "a Search the archive",
        ];
        Assert.Equal(expected, stops.Where(expected.Contains).ToList());
    }

    [BrowserFact]
    public async Task Enter_on_a_header_menu_link_opens_the_papers_own_page()
    {
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(site.Server.BaseUrl + Article);

        await TabTo(page, "a About the paper");
        await page.Keyboard.PressAsync("Enter");

        await page.ArriveAt(site.Server.BaseUrl + "about.html");
        Assert.Equal("About The Weekly Broadsheet", await page.Locator("main h1").InnerTextAsync());
        Assert.Equal("page", await page.Locator(".masthead .menu a[href='about.html']").GetAttributeAsync("aria-current"));
    }

    [BrowserFact]
    public async Task The_address_to_copy_and_every_share_link_carry_the_articles_deployed_address()
    {
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(site.Server.BaseUrl + Article);
        var address = DeployedSample.BaseUrl + Article;

        Assert.Equal(address, await page.Locator("#page\\.address").InputValueAsync());
        Assert.True(await page.Locator("#page\\.address").IsEditableAsync() is false, "the address field is read-only");
        var hrefs = await page.Locator(".share a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Equal(6, hrefs.Length);
        Assert.All(hrefs, href => Assert.Contains(Uri.EscapeDataString(address), href, StringComparison.Ordinal));
    }

    /// <summary>Every element Tab stops at from the top of the page, once round, as "tag text" (an input by its id).</summary>
    private static async Task<List<string>> TabStops(IPage page)
    {
        var stops = new List<string>();
        for (var i = 0; i < 300; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var stop = await Focused(page);
            if (stop == "body" || (stops.Count > 0 && stop == stops[0]))
            {
                break;
            }

            stops.Add(stop);
        }

        return stops;
    }

    private static async Task TabTo(IPage page, string stop)
    {
        for (var i = 0; i < 300 && await Focused(page) != stop; i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Equal(stop, await Focused(page));
    }

    private static Task<string> Focused(IPage page) => page.EvaluateAsync<string>(
        """
        () => {
          const e = document.activeElement;
          if (!e || e === document.body) return 'body';
          const tag = e.tagName.toLowerCase();
          return tag === 'input' ? tag + ' ' + e.id : tag + ' ' + e.textContent.trim();
        }
        """);
}
