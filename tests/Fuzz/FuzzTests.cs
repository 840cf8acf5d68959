using Broadsheet.Build;
using Broadsheet.Check;
using Broadsheet.Diagnostics;
using CsCheck;
using Xunit.Abstractions;

namespace Broadsheet.Tests.Fuzz;

/// <summary>
/// Builds generated archives with random and hostile front matter and Markdown: each build either succeeds with every
/// internal link valid, or fails with diagnostics that name a place — never with any other exception.
/// The normal run tries a hundred archives; <c>BROADSHEET_FUZZ_ITERATIONS=10000 dotnet test --filter Category=Fuzz</c>
/// is the long run.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    private static readonly long Iterations =
        long.TryParse(Environment.GetEnvironmentVariable("BROADSHEET_FUZZ_ITERATIONS"), out var n) ? n : 100;

    [Fact]
    [Trait("Category", "Fuzz")]
    [Trait("Category", Category.Slow)]
    public void A_build_of_any_archive_succeeds_with_valid_links_or_fails_with_diagnostics()
    {
        var outcomes = new int[2];
        HostileArchive.Articles.Sample(
            articles =>
            {
                using var temp = new TempFolder();
                HostileArchive.Write(temp.Combine("site-content"), articles);
                var site = temp.Combine("output");
                try
                {
                    new SiteBuild(new BuildOptions(Source: temp.Combine("site-content"), Output: site)).Run();
                    var recheck = new DiagnosticBag();
                    new FolderChecker(recheck).Check(site, "output");
                    Assert.Empty(recheck.Sorted());
                    Interlocked.Increment(ref outcomes[0]);
                }
                catch (BuildFailedException e)
                {
                    Assert.Contains(e.Diagnostics, d => d.Severity == Severity.Error);
                    Assert.All(e.Diagnostics, d => Assert.False(string.IsNullOrEmpty(d.Location.Path)));
                    Assert.False(Directory.Exists(site), "a failed build wrote the output folder");
                    Interlocked.Increment(ref outcomes[1]);
                }
            },
            iter: Iterations);

        output.WriteLine($"{Iterations} archives: {outcomes[0]} built, {outcomes[1]} failed with diagnostics");

        // Both outcomes must occur, or the generator has stopped exercising one side.
        Assert.True(outcomes[0] > 0 && outcomes[1] > 0, $"succeeded {outcomes[0]}, failed {outcomes[1]}");
    }
}
