using System.Text.Json;
using Broadsheet.Search;
using Broadsheet.Tests.Search;
using Microsoft.Playwright;

namespace Broadsheet.Tests.Browser;

/// <summary>
/// A reader searching the sample archive from disk (file://): the search page answers from the index under search/,
/// ranks, highlights, filters, keeps the query in its address, and works with the keyboard alone.
/// </summary>
[Trait("Category", Category.Slow)]
public sealed class SearchTests(BrowserFixture site) : IClassFixture<BrowserFixture>
{
    private const string Tolpuddle = "The Tolpuddle Martyrs: transported for an oath";

    [BrowserFact]
    public async Task A_phrase_from_one_article_ranks_it_first_and_clicking_it_lands_on_the_article()
    {
        var page = await OpenSearch();

        await Type(page, "\"Unlawful Oaths Act\"");

        var first = page.Locator(".search-result h2 a").First;
        Assert.Equal(Tolpuddle, await first.InnerTextAsync());
        Assert.Equal(1, await page.Locator(".search-result").CountAsync());
        Assert.Contains("1 article matches", await Status(page), StringComparison.Ordinal);
        await first.ClickAsync();
        await page.ArriveAt(site.FileRoot + "articles/2024/03/tolpuddle-martyrs.html");
        Assert.Equal(Tolpuddle, await page.Locator("h1").InnerTextAsync());
    }

    [BrowserFact]
    public async Task A_result_whose_article_has_a_photograph_shows_its_thumbnail_loaded_with_its_alt_text()
    {
        var page = await OpenSearch();

        await Type(page, "\"waiting lists grow\"");

        var thumbnail = page.Locator(".search-result.with-thumb picture.thumb img").First;
        Assert.Equal("A large office building behind a landscaped square with trees and benches", await thumbnail.GetAttributeAsync("alt"));
        Assert.Equal("320", await thumbnail.GetAttributeAsync("width"));
        Assert.True(await thumbnail.EvaluateAsync<bool>("i => new Promise(done => i.complete ? done(i.naturalWidth > 0) : (i.onload = () => done(true), i.onerror = () => done(false)))"));
        Assert.EndsWith(".webp", await thumbnail.EvaluateAsync<string>("i => i.currentSrc"), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator(".search-result:not(.with-thumb) picture").CountAsync());
    }

    [BrowserFact]
    public async Task A_title_match_ranks_above_body_matches_and_matches_are_highlighted()
    {
        var page = await OpenSearch();

        await Type(page, "tolpuddle");

        var titles = await page.Locator(".search-result h2 a").AllInnerTextsAsync();
        Assert.True(titles.Count > 1, $"only {titles.Count} results");
        Assert.Equal(Tolpuddle, titles[0]);
        Assert.Equal("Tolpuddle", await page.Locator(".search-result h2 mark").First.InnerTextAsync());
    }

    [BrowserFact]
    public async Task The_header_form_of_any_page_sends_its_query_to_the_search_page_whose_address_keeps_it()
    {
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(site.FileRoot + "articles/2024/03/tolpuddle-martyrs.html");

        await page.Locator("#site-search-q").FillAsync("dockers");
        await page.Locator("#site-search-q").PressAsync("Enter");

        await page.ArriveAt(site.FileRoot + "search.html?q=dockers");
        await Results(page, "dockers");
        Assert.Equal("dockers", await page.Locator("#search-q").InputValueAsync());
        Assert.True(await page.Locator(".search-result").CountAsync() > 0);

        await Type(page, "dockers strike");
        Assert.EndsWith("search.html?q=dockers+strike", page.Url, StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task Words_match_their_other_forms_the_start_of_longer_words_and_letters_without_accents()
    {
        var page = await OpenSearch();

        await Type(page, "martyr");
        Assert.Contains(Tolpuddle, await page.Locator(".search-result h2 a").AllInnerTextsAsync());

        await Type(page, "tolpud");
        Assert.Equal(Tolpuddle, await page.Locator(".search-result h2 a").First.InnerTextAsync());

        await Type(page, "pere lachaise");
        Assert.Equal("Seventy-two days: the Paris Commune", await page.Locator(".search-result h2 a").First.InnerTextAsync());
        await Type(page, "pasaran");
        Assert.StartsWith("No pasarán", await page.Locator(".search-result h2 a").First.InnerTextAsync(), StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task Filters_narrow_the_results_and_are_kept_in_the_address()
    {
        var page = await OpenSearch();
        await Type(page, "strike");
        var all = await Count(page);
        Assert.True(all > 20, $"only {all} results");
        Assert.Equal(20, await page.Locator(".search-result").CountAsync());
        await page.Locator("#search-more").ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelectorAll('.search-result').length > 20");

        await page.Locator("#search-topic").SelectOptionAsync("general-strike");
        await Results(page, "strike");
        var byTopic = await Count(page);
        Assert.InRange(byTopic, 1, all - 1);
        Assert.Equal(byTopic, await page.Locator(".search-result").CountAsync());
        Assert.Contains("topic=general-strike", page.Url, StringComparison.Ordinal);

        await page.Locator("#search-topic").SelectOptionAsync("");
        await page.Locator("#search-from").SelectOptionAsync("2025");
        await Results(page, "strike");
        var dates = await page.Locator(".search-result .meta").AllInnerTextsAsync();
        Assert.NotEmpty(dates);
        Assert.All(dates, d => Assert.Contains("2025", d, StringComparison.Ordinal));

        await page.Locator("#search-section").SelectOptionAsync("history");
        await page.Locator("#search-author").SelectOptionAsync("ruth-feldman");
        await Results(page, "strike");
        Assert.Contains("section=history&author=ruth-feldman", page.Url, StringComparison.Ordinal);
        await page.Locator("#search-to").SelectOptionAsync("2024");
        await Results(page, "strike");
        Assert.Equal("none", await page.Locator("#search-results").GetAttributeAsync("data-state"));
        Assert.Contains("remove a filter", await Status(page), StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task An_empty_query_invites_a_search_and_a_query_with_no_match_says_so()
    {
        var page = await OpenSearch();
        Assert.Equal("empty", await page.Locator("#search-results").GetAttributeAsync("data-state"));
        Assert.Matches(@"^Type a word or a phrase to search \d+ articles\.$", await Status(page));

        await Type(page, "zxqvbnm");
        Assert.Equal("No articles match \u201czxqvbnm\u201d. Try fewer or other words.", await Status(page));
        Assert.Equal(0, await page.Locator(".search-result").CountAsync());

        await Type(page, "");
        Assert.Equal("empty", await page.Locator("#search-results").GetAttributeAsync("data-state"));
        Assert.Equal(0, await page.Locator(".search-result").CountAsync());

        await Type(page, "\"\" ,.;");
        Assert.Equal("empty", await page.Locator("#search-results").GetAttributeAsync("data-state"));
    }

    [BrowserFact]
    public async Task A_reader_searches_with_the_keyboard_alone_and_every_control_has_a_label()
    {
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(site.FileRoot + "index.html");

        // From the top of the home page: skip link, site title, navigation, then the search box.
        for (var i = 0; i < 20 && await page.EvaluateAsync<string>("document.activeElement.id") != "site-search-q"; i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Equal("site-search-q", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Keyboard.TypeAsync("tolpuddle");
        await page.Keyboard.PressAsync("Enter");
        await page.ArriveAt(site.FileRoot + "search.html?q=tolpuddle");
        await Results(page, "tolpuddle");

        await page.Locator("#search-q").FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal(Tolpuddle, await page.EvaluateAsync<string>("document.activeElement.textContent"));
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowUp");
        await page.Keyboard.PressAsync("ArrowUp");
        Assert.Equal("search-q", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal(Tolpuddle, await page.EvaluateAsync<string>("document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");
        await page.ArriveAt(site.FileRoot + "articles/2024/03/tolpuddle-martyrs.html");

        // Back to the results, perhaps from the back/forward cache, when no new "load" event fires for GoBackAsync.
        await page.GoBackAsync(new() { WaitUntil = WaitUntilState.Commit });
        await page.ArriveAt(site.FileRoot + "search.html?q=tolpuddle");
        var unlabelled = await page.EvaluateAsync<string[]>(
            "Array.from(document.querySelectorAll('input, select, button')).filter(e => !(e.labels && e.labels.length) && !e.textContent.trim()).map(e => e.outerHTML)");
        Assert.Empty(unlabelled);
        Assert.Equal("status", await page.Locator("#search-status").GetAttributeAsync("role"));
        Assert.Equal("search", await page.Locator("form.search-form").GetAttributeAsync("role"));
    }

    [BrowserFact]
    public async Task The_browser_tokenizes_and_stems_every_word_exactly_as_the_build_does()
    {
        var page = await OpenSearch();
        var text = string.Join('\n', Directory.EnumerateFiles(RepoPaths.SampleContent, "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)) + "\n" + SearchWordList.Text;

        var browserTokens = await page.EvaluateAsync<string[]>("t => BroadsheetSearch.tokenize(t)", text);
        var tokens = SearchTokenizer.Tokenize(text);
        Assert.Equal(tokens, browserTokens);

        var words = tokens.Concat(SearchWordList.Stems.Select(p => p.Word)).Distinct().Order(StringComparer.Ordinal).ToList();
        var browserStems = await page.EvaluateAsync<string[]>("ws => ws.map(w => BroadsheetSearch.stem(w))", words);
        var differences = words.Select((w, i) => (Word: w, Build: EnglishStemmer.Stem(w), Browser: browserStems[i]))
            .Where(d => d.Build != d.Browser)
            .Select(d => JsonSerializer.Serialize(d))
            .ToList();
        Assert.True(words.Count > 3000, $"only {words.Count} words compared");
        Assert.Empty(differences);
    }

    [BrowserFact]
    public async Task Search_works_over_http_under_a_sub_path_too()
    {
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(site.Server.BaseUrl + "search.html?q=%22Unlawful+Oaths+Act%22");
        await Results(page, "\"Unlawful Oaths Act\"");
        Assert.Equal(Tolpuddle, await page.Locator(".search-result h2 a").First.InnerTextAsync());
    }

    private async Task<IPage> OpenSearch()
    {
        var page = await site.Browser.NewPageAsync();
        page.PageError += (_, error) => Assert.Fail($"script error: {error}");
        await page.GotoAsync(site.FileRoot + "search.html");
        await Results(page, "");
        return page;
    }

    /// <summary>Types a query as a reader does, into an emptied box, and waits for its results.</summary>
    private static async Task Type(IPage page, string query)
    {
        await page.Locator("#search-q").FillAsync("");
        if (query.Length == 0)
        {
            await page.Locator("#search-q").DispatchEventAsync("input");
        }
        else
        {
            await page.Locator("#search-q").PressSequentiallyAsync(query);
        }

        await Results(page, query);
    }

    /// <summary>Waits until the results shown are those of <paramref name="query"/>.</summary>
    private static Task<IJSHandle> Results(IPage page, string query) =>
        page.WaitForFunctionAsync(
            "q => { const r = document.getElementById('search-results'); return r.getAttribute('aria-busy') === 'false' && r.getAttribute('data-query') === q; }",
            query,
            new PageWaitForFunctionOptions { Timeout = 10_000 });

    private static async Task<int> Count(IPage page) =>
        int.Parse((await Status(page)).Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);

    private static Task<string> Status(IPage page) => page.Locator("#search-status").InnerTextAsync();

}
