using Microsoft.Playwright;

namespace Broadsheet.Tests.Browser;

/// <summary>A reader with the keyboard alone reaches an issue's audio player and download, and an article's related links and further reading.</summary>
[Trait("Category", Category.Slow)]
public sealed class KeyboardTests(BrowserFixture site) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task The_audio_player_and_its_download_link_are_reached_with_the_tab_key()
    {
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(site.FileRoot + "issues/2024-11-06.html");

        var stops = await TabStops(page, 40);

        // The player's own controls (play, mute, more) are each a stop, all on the <audio> element.
        var player = stops.IndexOf("AUDIO");
        Assert.True(player >= 0, $"the player was not reached: {string.Join(", ", stops)}");
        Assert.Contains("A 2024-11-06.epub", stops[..player]);
        Assert.Equal("A ../audio/issue-446.mp3", stops[stops.LastIndexOf("AUDIO") + 1]);
    }

    [BrowserFact]
    public async Task Related_links_and_further_reading_are_reached_with_the_tab_key_and_open_with_enter()
    {
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(site.FileRoot + "articles/2024/08/great-dock-strike-1889.html");

        var stops = await TabStops(page, 80);

        var picked = stops.IndexOf("A ../../2025/05/dockers-heritage-trail.html");
        Assert.True(picked >= 0, $"the related link was not reached: {string.Join(", ", stops)}");
        Assert.Equal("A https://en.wikipedia.org/wiki/London_dock_strike_of_1889", stops[picked + 1]);
        Assert.Contains("A https://books.example.org/sixpence-an-hour", stops[(picked + 2)..]);

        await page.ReloadAsync();
        await TabStops(page, picked + 1);
        await page.Keyboard.PressAsync("Enter");
        await page.ArriveAt(site.FileRoot + "articles/2025/05/dockers-heritage-trail.html");
    }

    /// <summary>What the tab key focuses, in order, from the top of the page: a link as "A" and its href, anything else by its tag.</summary>
    private static async Task<List<string>> TabStops(IPage page, int count)
    {
        var stops = new List<string>();
        for (var i = 0; i < count; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            stops.Add(await page.EvaluateAsync<string>(
                "(e => e.tagName === 'A' ? 'A ' + e.getAttribute('href') : e.tagName)(document.activeElement)"));
        }

        return stops;
    }
}
