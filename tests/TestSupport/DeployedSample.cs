using Broadsheet.Build;

namespace Broadsheet.Tests;

/// <summary>
/// The sample archive built as it is deployed: with a base URL under <c>/archive/</c>, and share links to every
/// service (which need that address, so the sample's own site.yml leaves them out).
/// </summary>
public static class DeployedSample
{
    public const string BaseUrl = "https://example.org/archive/";

    /// <summary>Copies the sample into <paramref name="temp"/> with share links on, and builds it into <paramref name="output"/>.</summary>
    public static void Build(TempFolder temp, string output)
    {
        var source = temp.Combine("deployed-source");
        TempFolder.CopyFolder(RepoPaths.SampleContent, source);
        File.AppendAllText(Path.Combine(source, "site.yml"), "share: [email, mastodon, bluesky, facebook, x, linkedin]\n");
        new SiteBuild(new BuildOptions(Source: source, Output: output, BaseUrl: BaseUrl)).Run();
    }
}
