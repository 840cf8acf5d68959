using Microsoft.Playwright;

namespace Broadsheet.Tests.Browser;

/// <summary>Starts Debian's Chromium through Playwright, headless, with nothing that reaches the network.</summary>
public static class Chromium
{
    /// <summary>Debian's Chromium, or the browser named by BROADSHEET_CHROMIUM (a CI image may ship Google Chrome instead).</summary>
    public static string ExecutablePath { get; } = Environment.GetEnvironmentVariable("BROADSHEET_CHROMIUM") ?? "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--allow-file-access-from-files",
            ],
        });
        return (playwright, browser);
    }
}
