using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Broadsheet.Tests.Browser;

/// <summary>axe-core finds no serious or critical violation on any kind of page of the sample, in light and dark colours.</summary>
[Trait("Category", Category.Slow)]
public sealed class AccessibilityTests(BrowserFixture site) : IClassFixture<BrowserFixture>
{
    /// <summary>One page of each kind, and pages with related links, further reading and an audio player.</summary>
    public static readonly string[] Pages =
    [
        "index.html",
        "issues/index.html",
        "issues/2024-11-06.html",
        "articles/2024/11/defence-of-madrid-1936.html",
        "articles/2024/08/great-dock-strike-1889.html",
        "topics/index.html",
        "topics/spanish-civil-war.html",
        "topics/dockers.html",
        "authors/index.html",
        "authors/elena-varga.html",
        "archive/index.html",
        "archive/2024.html",
        "archive/2024/11.html",
        "a-z/index.html",
        "about.html",
        "404.html",
    ];

    [BrowserFact]
    public Task Every_kind_of_page_has_no_serious_or_critical_violation_in_light_colours() => Check(ColorScheme.Light);

    [BrowserFact]
    public Task Every_kind_of_page_has_no_serious_or_critical_violation_in_dark_colours() => Check(ColorScheme.Dark);

    private async Task Check(ColorScheme scheme)
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ColorScheme = scheme });
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        foreach (var path in Pages)
        {
            Assert.True(File.Exists(Path.Combine(site.Output, path)), $"{path} was not built");
            await page.GotoAsync(site.Server.BaseUrl + path);
            var result = await page.RunAxe();
            foreach (var violation in result.Violations.Where(v => v.Impact is "serious" or "critical"))
            {
                var targets = string.Join(", ", violation.Nodes.Take(3).Select(n => n.Target?.ToString()));
                problems.Add($"{path}: {violation.Impact} {violation.Id}: {violation.Help} ({violation.Nodes.Length} nodes: {targets})");
            }
        }

        await context.CloseAsync();
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }
}
