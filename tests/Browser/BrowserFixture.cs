using Microsoft.Playwright;

namespace Broadsheet.Tests.Browser;

/// <summary>
/// One build of the sample archive and one Chromium for all browser tests: the site is built as it is deployed
/// (<see cref="DeployedSample"/>: a base URL under <c>/archive/</c>, share links on) and served from the same folder over
/// HTTP under that sub-path.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime, IDisposable
{
    private readonly TempFolder _temp = new();
    private IPlaywright? _playwright;

    public string Output => _temp.Combine("site");

    public IBrowser Browser { get; private set; } = null!;

    public StaticSiteServer Server { get; private set; } = null!;

    /// <summary>The output folder as a file:// URL ending in '/'.</summary>
    public string FileRoot => new Uri(Output + Path.DirectorySeparatorChar).AbsoluteUri;

    public async Task InitializeAsync()
    {
        DeployedSample.Build(_temp, Output);
        Server = new StaticSiteServer(Output, "/archive/");
        if (File.Exists(Chromium.ExecutablePath))
        {
            (_playwright, Browser) = await Chromium.LaunchAsync();
        }
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        Server.Dispose();
    }

    public void Dispose() => _temp.Dispose();
}
