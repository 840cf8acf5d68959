using Microsoft.Playwright;

namespace Broadsheet.Tests.Browser;

/// <summary>
/// Pictures of each kind of page of the sample at phone and desktop widths, in <c>screenshots/</c> at the repository's
/// root (git-ignored), so anyone can look at the theme without a browser of their own.
/// </summary>
[Trait("Category", Category.Slow)]
public sealed class ScreenshotTests(BrowserFixture site) : IClassFixture<BrowserFixture>
{
    private static readonly (string Name, int Width, int Height, ColorScheme Scheme)[] Views =
    [
        ("phone", 390, 844, ColorScheme.Light),
        ("desktop", 1280, 800, ColorScheme.Light),
        ("desktop-dark", 1280, 800, ColorScheme.Dark),
    ];

    [BrowserFact]
    public async Task Each_kind_of_page_is_captured_at_phone_and_desktop_widths()
    {
        var folder = Path.Combine(RepoPaths.Root, "screenshots");
        Directory.CreateDirectory(folder);
        foreach (var (name, width, height, scheme) in Views)
        {
            var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
            {
                ViewportSize = new ViewportSize { Width = width, Height = height },
                ColorScheme = scheme,
            });
            var page = await context.NewPageAsync();
            foreach (var path in AccessibilityTests.Pages)
            {
                await page.GotoAsync(site.Server.BaseUrl + path);
                var file = Path.Combine(folder, $"{Kind(path)}-{name}.png");
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
                Assert.True(new FileInfo(file).Length > 1000, $"{file} is empty");
            }

            await context.CloseAsync();
        }
    }

    /// <summary>"articles/2024/11/x.html" is "article"; "archive/2024.html" is "year".</summary>
    private static string Kind(string path) => path switch
    {
        "index.html" => "home",
        "404.html" => "404",
        "about.html" => "paper-page",
        _ when path.StartsWith("articles/", StringComparison.Ordinal) => "article",
        _ when path.StartsWith("archive/", StringComparison.Ordinal) && path != "archive/index.html" => path.Count(c => c == '/') == 1 ? "year" : "month",
        _ when path.EndsWith("/index.html", StringComparison.Ordinal) => path.Split('/')[0],
        _ => path.Split('/')[0].TrimEnd('s'),
    };
}
