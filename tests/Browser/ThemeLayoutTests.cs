using Microsoft.Playwright;

namespace Broadsheet.Tests.Browser;

/// <summary>The default theme measured in a real browser: a phone's width, embedded players, footnote markers, search highlights.</summary>
[Trait("Category", Category.Slow)]
public sealed class ThemeLayoutTests(BrowserFixture site) : IClassFixture<BrowserFixture>
{
    private const string Article = "articles/2024/03/miners-strike-forty-years.html";

    [BrowserFact]
    public async Task On_a_phone_the_navigation_leaves_no_item_alone_on_a_line_and_the_search_form_is_one_line()
    {
        var page = await Page(390, ColorScheme.Light, "index.html");

        var rows = await page.EvaluateAsync<int[]>(
            "() => Object.values([...document.querySelectorAll('.masthead nav li')].reduce((rows, li) => "
            + "{ const top = Math.round(li.getBoundingClientRect().top); rows[top] = (rows[top] || 0) + 1; return rows; }, {}))");
        Assert.True(rows.Length > 1, "at 390 px the six ways in should take more than one line");
        Assert.All(rows, count => Assert.True(count >= 2, $"a line of the navigation holds {count} item: [{string.Join(", ", rows)}]"));

        var form = await page.EvaluateAsync<double[]>(
            "() => ['#site-search-q', '.site-search button', '.site-search label'].map(s => document.querySelector(s).getBoundingClientRect())"
            + ".flatMap(r => [r.top, r.bottom, r.width])");
        Assert.True(Math.Abs(form[0] - form[3]) < 4 && Math.Abs(form[1] - form[4]) < 4, $"the box and the button are not on one line: [{string.Join(", ", form)}]");
        Assert.True(form[8] <= 1, "the form's label is for screen readers only");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= innerWidth"), "the page scrolls sideways");
    }

    [BrowserFact]
    public async Task An_embedded_player_fits_a_phone_at_its_own_shape()
    {
        var page = await Page(390, ColorScheme.Light, Article);

        var boxes = await page.EvaluateAsync<double[]>(
            "() => { const body = document.querySelector('.body');"
            + "body.insertAdjacentHTML('beforeend', '<iframe title=\"film\" width=\"640\" height=\"480\" srcdoc=\"film\"></iframe><iframe title=\"clip\" srcdoc=\"clip\"></iframe>"
            + "<video width=\"1280\" height=\"720\" controls></video>');"
            + "return [body, ...body.querySelectorAll('iframe, video')].map(e => e.getBoundingClientRect()).flatMap(r => [r.width, r.height]); }");

        var width = boxes[0];
        Assert.Equal(width, boxes[2], 0.5);
        Assert.Equal(width * 480 / 640, boxes[3], 1.0);
        Assert.Equal(width, boxes[4], 0.5);
        Assert.Equal(width * 9 / 16, boxes[5], 1.0);
        Assert.True(boxes[6] <= width + 0.5, $"the video is {boxes[6]} px wide in a column of {width}");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= innerWidth"), "the page scrolls sideways");
    }

    [BrowserFact]
    public async Task Footnote_markers_do_not_push_lines_apart()
    {
        var page = await Page(390, ColorScheme.Light, Article);

        // The same paragraph with each marker set as plain text of the same size: any difference in height is the marker's.
        var heights = await page.EvaluateAsync<double[]>(
            "() => { const p = document.querySelector('.body p:has(sup)'); const plain = p.cloneNode(true);"
            + "plain.querySelectorAll('sup').forEach(s => { const span = document.createElement('span'); span.style.fontSize = '.75em';"
            + "span.textContent = s.textContent; s.replaceWith(span); }); p.after(plain);"
            + "return [p.getBoundingClientRect().height, plain.getBoundingClientRect().height]; }");

        Assert.Equal(heights[1], heights[0], 0.5);
    }

    [BrowserFact]
    public async Task Search_highlights_are_legible_in_light_and_dark_colours()
    {
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            var page = await Page(1280, scheme, "search.html?q=strike");
            var mark = page.Locator(".search-results mark").First;
            await mark.WaitForAsync();

            var colours = await mark.EvaluateAsync<string[]>("m => [getComputedStyle(m).color, getComputedStyle(m).backgroundColor]");
            var ratio = Contrast(colours[0], colours[1]);
            Assert.True(ratio >= 4.5, $"{scheme}: {colours[0]} on {colours[1]} has a contrast of {ratio:0.0}, under 4.5");
        }
    }

    private async Task<IPage> Page(int width, ColorScheme scheme, string path)
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = 844 },
            ColorScheme = scheme,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Server.BaseUrl + path);
        return page;
    }

    /// <summary>The WCAG contrast ratio of two CSS colours written as rgb(r, g, b).</summary>
    private static double Contrast(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(string rgb)
    {
        var parts = rgb[(rgb.IndexOf('(', StringComparison.Ordinal) + 1)..rgb.IndexOf(')', StringComparison.Ordinal)]
            .Split(',').Take(3).Select(p => double.Parse(p, System.Globalization.CultureInfo.InvariantCulture) / 255).ToArray();
        var linear = parts.Select(c => c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4)).ToArray();
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
    }
}
