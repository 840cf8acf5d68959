using System.Text;
using Broadsheet.Tests.Cli;
using Microsoft.Playwright;

namespace Broadsheet.Tests.Browser;

/// <summary>
/// Live reload in a real browser: a page open on <c>broadsheet serve</c> reloads by itself when its article is edited on
/// disk, and shows a failed build's errors over the last good page until the mistake is fixed.
/// </summary>
[Trait("Category", Category.Slow)]
public sealed class LiveReloadTests : IAsyncLifetime, IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    private readonly TempFolder _temp = new();
    private readonly List<string> _scriptErrors = [];
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    private string Article => _temp.Combine("site-content/articles/1926/05/nine-days.md");

    public async Task InitializeAsync()
    {
        TempFolder.CopyFolder(Path.Combine(RepoPaths.Tests, "Golden", "small-archive", "site-content"), _temp.Combine("site-content"));
        if (File.Exists(Chromium.ExecutablePath))
        {
            (_playwright, _browser) = await Chromium.LaunchAsync();
        }
    }

    [BrowserFact]
    public async Task An_open_page_reloads_by_itself_when_its_article_is_edited_on_disk()
    {
        using var serve = ServeProcess.Start(_temp.Path);
        var page = await Open(serve, "articles/1926/05/nine-days.html");
        Assert.Equal("Nine days that shook the country", await Heading(page));

        // A reload starts the page afresh: this mark is gone afterwards, as it would not be if the page were patched in place.
        await page.EvaluateAsync("window.notReloaded = true");
        Edit("title: Nine days that shook the country", "title: Nine days in May");

        await HeadingBecomes(page, "Nine days in May", serve);
        Assert.Equal("undefined", await page.EvaluateAsync<string>("typeof window.notReloaded"));
        Assert.Empty(_scriptErrors);
    }

    [BrowserFact]
    public async Task A_change_that_does_not_build_shows_its_errors_over_the_page_until_it_is_fixed()
    {
        using var serve = ServeProcess.Start(_temp.Path);
        var page = await Open(serve, "articles/1926/05/nine-days.html");

        Edit("topics: [general-strike]", "topics: [general-strik]");
        var overlay = page.Locator("#broadsheet-errors");
        await overlay.WaitForAsync(new LocatorWaitForOptions { Timeout = (float)Timeout.TotalMilliseconds });

        var text = await overlay.InnerTextAsync();
        Assert.Contains("nine-days.md:5:10: error: unknown topic 'general-strik'; did you mean 'general-strike'?", text, StringComparison.Ordinal);
        Assert.Contains("    5 | topics: [general-strik]", text, StringComparison.Ordinal);
        Assert.Equal("Nine days that shook the country", await Heading(page));

        Edit("topics: [general-strik]", "topics: [general-strike]\nsubtitle: Fixed");
        await Poll.UntilAsync(
            async () => await Quietly(() => page.Locator(".standfirst").AllInnerTextsAsync()) is { } texts && texts.Contains("Fixed") ? "" : null,
            Timeout,
            () => $"the page never reloaded after the fix\n{serve.Stdout}\n{serve.Stderr}");
        Assert.Equal(0, await overlay.CountAsync());
        Assert.Empty(_scriptErrors);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }

    public void Dispose() => _temp.Dispose();

    private async Task<IPage> Open(ServeProcess serve, string path)
    {
        var page = await _browser!.NewPageAsync();
        page.PageError += (_, error) => _scriptErrors.Add(error);

        // The first build may still be running: its page waits and reloads by itself, so wait for the article.
        await page.GotoAsync(serve.BaseUrl + path);
        await HeadingBecomes(page, "Nine days that shook the country", serve);
        return page;
    }

    private static Task<string> HeadingBecomes(IPage page, string heading, ServeProcess serve) =>
        Poll.UntilAsync(
            async () => await Quietly(() => Heading(page)) == heading ? "" : null,
            Timeout,
            () => $"the page's heading never became '{heading}'\n{serve.Stdout}\n{serve.Stderr}");

    /// <summary>Null while the page is between two loads.</summary>
    private static async Task<T?> Quietly<T>(Func<Task<T>> read)
        where T : class
    {
        try
        {
            return await read();
        }
        catch (PlaywrightException)
        {
            return null;
        }
    }

    private static Task<string> Heading(IPage page) => page.Locator("h1").InnerTextAsync(new LocatorInnerTextOptions { Timeout = 2000 });

    private void Edit(string from, string to)
    {
        var text = File.ReadAllText(Article);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(Article, text.Replace(from, to, StringComparison.Ordinal), new UTF8Encoding(false));
    }
}
