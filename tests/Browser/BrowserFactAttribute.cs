namespace Broadsheet.Tests.Browser;

/// <summary>
/// A test that drives Debian's Chromium. Where Chromium is not installed it is skipped, so <c>dotnet test</c> passes on a
/// machine with only the .NET SDK; CI installs Chromium and sets <c>BROADSHEET_REQUIRE_BROWSER=1</c>, which makes a
/// missing browser a failure instead of a skip.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!File.Exists(Chromium.ExecutablePath) && Environment.GetEnvironmentVariable("BROADSHEET_REQUIRE_BROWSER") != "1")
        {
            Skip = $"Chromium is not installed at {Chromium.ExecutablePath} (apt-get install -y chromium)";
        }
    }
}
