using Microsoft.Playwright;

namespace Broadsheet.Tests.Browser;

public static class Navigation
{
    /// <summary>
    /// Waits until the page is at <paramref name="url"/> and its document is complete. A navigation may finish before
    /// or after the click or goto returns, WaitForURLAsync does not always see one that finished first, and a page
    /// restored from the back/forward cache fires no new "load" event: so poll the URL, then the document's state.
    /// </summary>
    public static async Task ArriveAt(this IPage page, string url)
    {
        for (var waited = 0; page.Url != url && waited < 10_000; waited += 25)
        {
            await Task.Delay(25);
        }

        Assert.Equal(url, page.Url);
        await page.WaitForFunctionAsync("document.readyState === 'complete'");
    }
}
