using Microsoft.Playwright;

namespace Broadsheet.Tests.Browser;

/// <summary>
/// A reader in a real browser: from disk (file://) and from a server under a sub-path, clicking through the sample
/// archive, then every page loaded with no broken link, missing image, failed request or console error.
/// </summary>
[Trait("Category", Category.Slow)]
public sealed class ReaderTests(BrowserFixture site) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public Task A_reader_clicks_from_home_to_issue_to_article_to_topic_and_back_from_disk() => ClickThrough(site.FileRoot);

    [BrowserFact]
    public Task A_reader_clicks_from_home_to_issue_to_article_to_topic_and_back_over_http_under_a_sub_path() => ClickThrough(site.Server.BaseUrl);

    [BrowserFact]
    public Task Every_page_loads_from_disk_without_a_broken_link_image_request_or_console_error() => LoadEveryPage(site.FileRoot);

    [BrowserFact]
    public Task Every_page_loads_over_http_without_a_broken_link_image_request_or_console_error() => LoadEveryPage(site.Server.BaseUrl);

    [BrowserFact]
    public async Task A_legacy_url_redirects_to_its_article_over_http()
    {
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(site.Server.BaseUrl + "archive/413/tolpuddle/");
        await page.ArriveAt(site.Server.BaseUrl + "articles/2024/03/tolpuddle-martyrs.html");

        Assert.Equal("The Tolpuddle Martyrs: transported for an oath", await Heading(page));
    }

    [BrowserFact]
    public async Task A_missing_address_at_any_depth_gets_the_404_page_with_working_links()
    {
        var page = await site.Browser.NewPageAsync();
        var response = await page.GotoAsync(site.Server.BaseUrl + "no/such/deep/page.html");

        Assert.Equal(404, response!.Status);
        Assert.Equal("Page not found", await Heading(page));
        await ClickAndWait(page, page.Locator("main a").First);
        Assert.Equal("The Weekly Broadsheet", await Heading(page));
    }

    private async Task ClickThrough(string root)
    {
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(root + "index.html");
        Assert.Equal("The Weekly Broadsheet", await Heading(page));

        await ClickAndWait(page, page.Locator(".latest-issue h2 a"));
        var issueHeading = await Heading(page);
        Assert.Equal("In The Weekly Broadsheet 5 November 2025:", issueHeading);

        var firstArticle = page.Locator(".issue-section li a").First;
        var articleTitle = await firstArticle.InnerTextAsync();
        await ClickAndWait(page, firstArticle);
        Assert.Equal(articleTitle, await Heading(page));

        var articleUrl = page.Url;
        var topicLink = page.Locator(".topics a").First;
        var topicText = await topicLink.InnerTextAsync();
        await ClickAndWait(page, topicLink);
        Assert.Equal($"More {await Heading(page)} articles\u2026", topicText);

        // Perhaps from the back/forward cache, when no new "load" event fires for GoBackAsync to wait for.
        await page.GoBackAsync(new() { WaitUntil = WaitUntilState.Commit });
        await page.ArriveAt(articleUrl);
        Assert.Equal(articleTitle, await Heading(page));
        await ClickAndWait(page, page.Locator(".from-issue a"));
        Assert.Equal(issueHeading, await Heading(page));
    }

    private async Task LoadEveryPage(string root)
    {
        var problems = new List<string>();
        // Redirect pages leave as soon as they load; A_legacy_url_redirects_to_its_article_over_http follows one.
        // 404.html is only ever served, at any depth, so it links from the server root and is not for reading from disk.
        var pages = FolderComparer.Files(site.Output)
            .Where(f => f.EndsWith(".html", StringComparison.Ordinal))
            .Where(f => f != "404.html" || root.StartsWith("http", StringComparison.Ordinal))
            .Where(f => !File.ReadAllText(Path.Combine(site.Output, f)).Contains("http-equiv=\"refresh\"", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(pages.Count > 90, $"only {pages.Count} pages were built");
        var page = await site.Browser.NewPageAsync();
        var current = "";
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add($"{current}: console error: {message.Text}");
            }
        };
        page.PageError += (_, error) => problems.Add($"{current}: script error: {error}");
        page.RequestFailed += (_, request) => problems.Add($"{current}: request failed: {request.Url} ({request.Failure})");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && current != "404.html")
            {
                problems.Add($"{current}: {response.Status} for {response.Url}");
            }
        };

        var targets = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in pages)
        {
            current = path;
            await page.GotoAsync(root + path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            // Pictures below the fold load lazily: each is asked for now, as a reader scrolling down would, and waited for.
            var brokenImages = await page.EvaluateAsync<string[]>(
                """
                async () => {
                  const images = Array.from(document.images);
                  images.forEach(i => i.loading = 'eager');
                  await Promise.all(images.map(i => i.complete ? null : new Promise(done => { i.onload = done; i.onerror = done; })));
                  return images.filter(i => !i.complete || i.naturalWidth === 0).map(i => i.currentSrc || i.src);
                }
                """);
            problems.AddRange(brokenImages.Select(src => $"{path}: image does not load: {src}"));
            foreach (var href in await page.EvaluateAsync<string[]>("Array.from(document.querySelectorAll('a[href]')).map(a => a.href)"))
            {
                targets.Add(href.Split('#')[0]);
            }
        }

        foreach (var target in targets.Where(t => t.StartsWith(root, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var relative = Uri.UnescapeDataString(target[root.Length..]);
            var file = Path.Combine(site.Output, relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative);
            if (!File.Exists(file))
            {
                problems.Add($"broken link to {target}");
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems.Take(30)));
        Assert.Contains(targets, t => t.StartsWith(root + "articles/", StringComparison.Ordinal));
    }

    private static async Task ClickAndWait(IPage page, ILocator link)
    {
        var target = await link.EvaluateAsync<string>("a => a.href");
        await link.ClickAsync();
        await page.ArriveAt(target);
    }

    private static Task<string> Heading(IPage page) => page.Locator("h1").InnerTextAsync();
}
