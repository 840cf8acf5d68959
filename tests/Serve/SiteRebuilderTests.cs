using Broadsheet.Build;
using Broadsheet.Cli.Serve;
using Broadsheet.Progress;
using Broadsheet.Tests.TestSupport;
using Xunit;

namespace Broadsheet.Tests.Serve;

/// <summary>serve's builds: each starts from what the last left in memory, and gives what a clean build gives.</summary>
public sealed class SiteRebuilderTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public SiteRebuilderTests() => TempFolder.CopyFolder(RepoPaths.SampleContent, Source);

    private string Source => _temp.Combine("site-content");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_rebuild_starts_from_the_last_build_in_memory_and_writes_no_cache_file_of_its_own()
    {
        var cache = _temp.Combine("cache");
        var rebuilder = new SiteRebuilder(new BuildOptions(Source: Source, Output: _temp.Combine("site"), Cache: cache));
        var first = rebuilder.Build(progress: null).Result!;

        File.AppendAllText(Path.Combine(Source, "articles/2024/03/editorial.md"), "\nA closing line added by the desk.\n");
        var second = rebuilder.Build(progress: null).Result!;

        // Only the edited article's page and its issue's book: the rest known unchanged from the last build's manifest.
        Assert.Equal(first.Pages - 1, second.Skipped);
        Assert.True(second.Unseen > first.Pages / 2, $"{second.Unseen} of {first.Pages} pages kept without their views");
        Assert.False(File.Exists(Path.Combine(cache, "manifest.bin")), "serve keeps its manifest in memory");
        Assert.False(File.Exists(Path.Combine(cache, "sources.bin")), "serve keeps the articles' parses in memory");

        AssertSameAsCleanBuild();
    }

    [Fact]
    public void A_theme_edit_takes_the_last_builds_model_with_its_warnings_and_an_archive_edit_makes_it_again()
    {
        var theme = _temp.Combine("theme");
        TempFolder.CopyFolder(Path.Combine(RepoPaths.Root, "templates"), theme);
        File.WriteAllText(Path.Combine(Source, "articles/notes.txt"), "Ring the printer on Tuesday.\n");
        var rebuilder = new SiteRebuilder(new BuildOptions(Source: Source, Templates: theme, Output: _temp.Combine("site"), Cache: _temp.Combine("cache")));
        var first = rebuilder.Build(progress: null).Result!;
        Assert.Contains(first.Warnings, w => w.Location.Path.EndsWith("notes.txt", StringComparison.Ordinal));

        File.AppendAllText(Path.Combine(theme, "assets/style.css"), "\n.masthead { letter-spacing: 0.01em; }\n");
        var themeEdit = rebuilder.Build(progress: null).Result!;
        Assert.DoesNotContain(themeEdit.Timings, t => t.Stage == BuildStage.Model);
        Assert.Equal(first.Warnings, themeEdit.Warnings);
        Assert.Equal(1, themeEdit.FilesWritten);
        AssertSameAsCleanBuild(theme);

        File.AppendAllText(Path.Combine(Source, "articles/2024/03/editorial.md"), "\nA closing line added by the desk.\n");
        var archiveEdit = rebuilder.Build(progress: null).Result!;
        Assert.Contains(archiveEdit.Timings, t => t.Stage == BuildStage.Model);
        Assert.Equal(first.Warnings, archiveEdit.Warnings);
        AssertSameAsCleanBuild(theme);
    }

    private void AssertSameAsCleanBuild(string? theme = null)
    {
        var clean = _temp.Combine("clean");
        new SiteBuild(new BuildOptions(Source: Source, Templates: theme, Output: clean)).Run();
        Assert.Null(FolderComparer.FirstDifference(clean, _temp.Combine("site")));
    }
}
