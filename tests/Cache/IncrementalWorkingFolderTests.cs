using Broadsheet.Tests.Cli;
using Broadsheet.Tests.TestSupport;

namespace Broadsheet.Tests.Cache;

/// <summary>
/// Messages name files from the working folder, and the cache must not: a build run from another folder than the last
/// one keeps what that one made, and gives the last build's warnings again only from the folder they were given in.
/// </summary>
[Collection(WorkingFolderTests.Name)]
public sealed class IncrementalWorkingFolderTests : IDisposable
{
    private readonly SmallArchive _archive = new();
    private readonly string _root;
    private readonly string _elsewhere;

    public IncrementalWorkingFolderTests()
    {
        _archive.Article("a", "The first article.\n", "aliases: [/old/a.html]\n");
        _archive.Article("b", "The second article.\n", "colour: blue\n");
        _archive.Article("c", "The third article.\n");
        _root = Path.GetDirectoryName(_archive.Source)!;
        _elsewhere = Directory.CreateDirectory(Path.Combine(_root, "scripts", "nightly")).FullName;
    }

    public void Dispose() => _archive.Dispose();

    [Fact]
    public void An_edit_built_from_another_folder_keeps_the_pages_that_do_not_show_it_unseen()
    {
        Build(_root, "site-content", "output");
        _archive.Article("c", "The third article, longer now.\n");

        var result = Build(_elsewhere, "../../site-content", "../../output");

        // Before, every page was found changed: its views were made and rendered again, and none was known unseen.
        Assert.Matches(@"13 unchanged \(9 known so without making their views\)", result.Stdout);
    }

    [Fact]
    public void Nothing_changed_is_up_to_date_only_from_the_folder_whose_warnings_the_cache_holds()
    {
        Build(_root, "site-content", "output");

        var here = Build(_root, "site-content", "output");
        var there = Build(_elsewhere, "../../site-content", "../../output");

        Assert.Contains("up to date", here.Stdout, StringComparison.Ordinal);
        Assert.Contains("site-content/articles/2024/03/b.md:", here.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("up to date", there.Stdout, StringComparison.Ordinal);
        Assert.Contains("0 pages written", there.Stdout, StringComparison.Ordinal);
        Assert.Contains("../../site-content/articles/2024/03/b.md:", there.Stderr, StringComparison.Ordinal);
    }

    private static BroadsheetProcess.Result Build(string workingFolder, string source, string output)
    {
        var result = BroadsheetInProcess.Run(workingFolder, "build", "--source", source, "--output", output);
        Assert.True(result.ExitCode == 0, result.Stderr);
        return result;
    }
}
