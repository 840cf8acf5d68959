using Broadsheet.Build;
using Broadsheet.Import;

namespace Broadsheet.Tests.Import;

/// <summary>
/// The golden import cases under <c>tests/Import/Cases/&lt;case&gt;/</c>: <c>input/</c> is imported into a fresh folder and
/// everything written — the source folder, the report, the URL map, redirects — is compared byte for byte with
/// <c>expected/</c>. <c>BROADSHEET_UPDATE_GOLDEN=1</c> rewrites <c>expected/</c>; read the diff before committing it.
/// </summary>
internal static class ImportCases
{
    public static string Folder(string name) => Path.Combine(RepoPaths.Tests, "Import", "Cases", name);

    public static string Input(string name, string relative = "") => Path.Combine(Folder(name), "input", relative);

    /// <summary>Imports a case into <c>out/site-content</c> under <paramref name="temp"/>.</summary>
    public static ImportOutcome Import(TempFolder temp, ImportOptions options) =>
        ArchiveImporter.Run(options with { Into = temp.Combine("out", "site-content") }, NoProgress.Instance);

    public static ImportOptions Options(string kind, string input) => new(kind, input, "unused");

    /// <summary>Compares what was written under <c>out/</c> with the case's <c>expected/</c> folder.</summary>
    public static void AssertGolden(string name, TempFolder temp)
    {
        var expected = Path.Combine(Folder(name), "expected");
        var actual = temp.Combine("out");
        if (Environment.GetEnvironmentVariable("BROADSHEET_UPDATE_GOLDEN") == "1")
        {
            if (Directory.Exists(expected))
            {
                Directory.Delete(expected, recursive: true);
            }

            TempFolder.CopyFolder(actual, expected);
        }

        Assert.True(Directory.Exists(expected), $"{name} has no expected/ folder; run with BROADSHEET_UPDATE_GOLDEN=1 and review it");
        Assert.Null(FolderComparer.FirstDifference(expected, actual));
    }

    /// <summary>Builds the imported folder with the real build: it throws on any error, a broken link included.</summary>
    public static BuildResult Build(TempFolder temp, bool drafts = true) =>
        new SiteBuild(new BuildOptions(Source: temp.Combine("out", "site-content"), Output: temp.Combine("site"), Drafts: drafts)).Run();
}
