using Broadsheet.Build;
using Broadsheet.Diagnostics;

namespace Broadsheet.Tests.Golden;

/// <summary>
/// Builds each case under <c>tests/Golden/&lt;case&gt;/site-content</c> and compares every output file with
/// <c>expected/</c>, byte for byte, but the theme's <c>assets/</c>: they are the same in every case, and are checked
/// once against <c>templates/assets/</c>. <c>BROADSHEET_UPDATE_GOLDEN=1 dotnet test</c> rewrites the expected files;
/// read the diff before committing them.
/// </summary>
public sealed class GoldenTests
{
    private const string Assets = "assets";

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var folder in Directory.EnumerateDirectories(Path.Combine(RepoPaths.Tests, "Golden")).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(folder));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Golden_case_builds_to_exactly_its_expected_files(string name)
    {
        var caseFolder = Path.Combine(RepoPaths.Tests, "Golden", name);
        var expected = Path.Combine(caseFolder, "expected");
        using var temp = new TempFolder();
        var output = temp.Combine("output");

        try
        {
            new SiteBuild(new BuildOptions(Source: Path.Combine(caseFolder, "site-content"), Output: output)).Run();
        }
        catch (BuildFailedException e)
        {
            Assert.Fail($"the golden case {name} failed to build:\n{string.Join('\n', e.Diagnostics)}");
        }

        if (Environment.GetEnvironmentVariable("BROADSHEET_UPDATE_GOLDEN") == "1")
        {
            if (Directory.Exists(expected))
            {
                Directory.Delete(expected, recursive: true);
            }

            TempFolder.CopyFolder(output, expected);
            var assets = Path.Combine(expected, Assets);
            if (Directory.Exists(assets))
            {
                Directory.Delete(assets, recursive: true);
            }
        }

        Assert.True(Directory.Exists(expected), $"{name} has no expected/ folder; run with BROADSHEET_UPDATE_GOLDEN=1 and review it");
        var difference = FolderComparer.FirstDifference(expected, output, skippedFolder: Assets);
        Assert.True(difference is null, $"tests/Golden/{name}/expected/{difference}");
    }

    [Fact]
    public void The_themes_assets_are_copied_into_the_site_byte_for_byte()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("output");
        new SiteBuild(new BuildOptions(Source: Path.Combine(RepoPaths.Tests, "Golden", "small-archive", "site-content"), Output: output)).Run();

        var theme = Path.Combine(RepoPaths.Root, "templates", Assets);
        Assert.NotEmpty(FolderComparer.Files(theme));
        var difference = FolderComparer.FirstDifference(theme, Path.Combine(output, Assets));
        Assert.True(difference is null, $"templates/assets/ and the site's assets/: {difference}");
    }
}
