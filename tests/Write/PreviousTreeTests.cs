using System.Text;
using Broadsheet.Tests.TestSupport;
using Broadsheet.Write;
using Xunit;

namespace Broadsheet.Tests.Write;

/// <summary>
/// A build starts its staging folder from the output as it was before the last build: brought up to date, it must hold
/// exactly the output's files, whatever the old tree held.
/// </summary>
public sealed class PreviousTreeTests : IDisposable
{
    private readonly TempFolder _parent = new();

    private string Output => _parent.Combine("output");

    private string Previous => _parent.Combine("cache/previous-output");

    public void Dispose() => _parent.Dispose();

    [Fact]
    public async Task A_build_that_keeps_the_previous_tree_leaves_the_old_output_there_and_starts_the_next_from_it()
    {
        var first = await BuildOver("<p>first</p>", "<p>second</p>");

        Assert.False(Directory.Exists(first.Path));
        Assert.Equal("<p>first</p>", File.ReadAllText(Path.Combine(Previous, "index.html")));
        Assert.Equal("<p>second</p>", File.ReadAllText(Path.Combine(Output, "index.html")));

        var second = StagingFolder.Create(Output, Previous);

        Assert.False(Directory.Exists(Previous));
        Assert.Equal("<p>first</p>", File.ReadAllText(Path.Combine(second.Path, "index.html")));
        second.HardLinkFrom(Stamps("index.html", "kept.html"));
        Assert.Equal("<p>second</p>", File.ReadAllText(Path.Combine(second.Path, "index.html")));
    }

    [Fact]
    public async Task A_failed_build_leaves_its_staging_folder_as_the_previous_tree_and_the_next_build_makes_it_right()
    {
        await BuildOver("<p>old home</p>", "<p>home</p>");
        var failed = StagingFolder.Create(Output, Previous);
        failed.HardLinkFrom(Stamps("index.html", "kept.html"));
        failed.WriteText("index.html", "<p>a home that never made it</p>");
        failed.WriteText("half-written.html", "<p>never swapped in</p>");

        failed.Discard();

        Assert.False(Directory.Exists(failed.Path));
        Assert.True(Directory.Exists(Previous));
        Assert.Equal("<p>home</p>", File.ReadAllText(Path.Combine(Output, "index.html")));
        var next = StagingFolder.Create(Output, Previous);
        next.HardLinkFrom(Stamps("index.html", "kept.html"));
        var staged = _parent.Snapshot(Path.GetRelativePath(_parent.Path, next.Path));
        Assert.Equal(["index.html", "kept.html"], staged.Keys);
        Assert.Equal("<p>home</p>", Encoding.UTF8.GetString(staged["index.html"]));
    }

    [Fact]
    public void A_failed_first_build_leaves_no_previous_tree()
    {
        _parent.Write("output/index.html", "<p>home</p>");
        var failed = StagingFolder.Create(Output, Previous);
        failed.WriteText("index.html", "<p>never swapped in</p>");

        failed.Discard();

        Assert.False(Directory.Exists(failed.Path));
        Assert.False(Directory.Exists(Previous));
    }

    [Fact]
    public void Bringing_the_tree_up_to_date_leaves_exactly_the_output_files_asked_for()
    {
        _parent.Write("output/same.html", "same");
        _parent.Write("output/changed.html", "new version");
        _parent.Write("output/articles/2024/03/added.html", "added");
        _parent.Write("output/not-asked.html", "left for the build to write");
        _parent.Write("output/.git/HEAD", "ref: refs/heads/gh-pages\n");
        Directory.CreateDirectory(_parent.Combine("tree"));
        Assert.True(HardLink.TryCreate(Path.Combine(Output, "same.html"), _parent.Combine("tree/same.html")));
        _parent.Write("tree/changed.html", "old version");
        _parent.Write("tree/articles/2014/10/removed.html", "removed since");
        _parent.Write("tree/not-asked.html", "an old copy");
        _parent.Write("tree/.git/HEAD", "ref: an old branch\n");
        _parent.Write("tree/CNAME", "old.example.org\n");

        var present = PreviousTree.BringUpToDate(
            _parent.Combine("tree"), Output, Stamps("same.html", "changed.html", "articles/2024/03/added.html"), null, CancellationToken.None);

        Assert.Equal(["articles/2024/03/added.html", "changed.html", "same.html"], present.Order(StringComparer.Ordinal));
        var tree = _parent.Snapshot("tree");
        Assert.Equal(["articles/2024/03/added.html", "changed.html", "same.html"], tree.Keys);
        Assert.Equal("new version", Encoding.UTF8.GetString(tree["changed.html"]));
        Assert.Equal("added", Encoding.UTF8.GetString(tree["articles/2024/03/added.html"]));
        Assert.False(Directory.Exists(_parent.Combine("tree/articles/2014")));
    }

    [Fact]
    public void A_file_of_the_tree_with_another_size_or_time_than_the_output_has_is_replaced()
    {
        _parent.Write("output/page.html", "12345");
        _parent.Write("tree/page.html", "54321");
        File.SetLastWriteTimeUtc(_parent.Combine("tree/page.html"), File.GetLastWriteTimeUtc(_parent.Combine("output/page.html")).AddSeconds(-10));

        PreviousTree.BringUpToDate(_parent.Combine("tree"), Output, Stamps("page.html"), null, CancellationToken.None);

        Assert.Equal("12345", File.ReadAllText(_parent.Combine("tree/page.html")));
    }

    [Fact]
    public void A_tree_known_to_hold_the_last_output_is_not_listed_only_the_files_changed_or_gone_since_are_removed()
    {
        _parent.Write("output/same.html", "same");
        _parent.Write("output/changed.html", "changed in the output since");
        Directory.CreateDirectory(_parent.Combine("tree"));
        Assert.True(HardLink.TryCreate(Path.Combine(Output, "same.html"), _parent.Combine("tree/same.html")));
        _parent.Write("tree/changed.html", "as the last build left it");
        _parent.Write("tree/gone.html", "removed from the output since");
        _parent.Write("tree/CNAME", "old.example.org\n");

        var present = PreviousTree.BringUpToDate(
            _parent.Combine("tree"), Output, Stamps("same.html"), held: ["same.html", "changed.html", "gone.html"], CancellationToken.None);

        Assert.Equal(["same.html"], present);
        Assert.Equal(["same.html"], _parent.Snapshot("tree").Keys);
    }

    /// <summary>An output of two pages, then a build that rewrites its home page and keeps the previous tree.</summary>
    private async Task<StagingFolder> BuildOver(string oldHome, string newHome)
    {
        _parent.Write("output/index.html", oldHome);
        _parent.Write("output/kept.html", "<p>kept</p>");
        var build = StagingFolder.Create(Output, Previous);
        build.HardLinkFrom(Stamps("index.html", "kept.html"));
        build.WriteText("index.html", newHome);
        await build.Commit();
        return build;
    }

    /// <summary>The output's files with their size and time, as the manifest of the last build would give them.</summary>
    private Dictionary<string, (long Size, long Ticks)> Stamps(params string[] files) =>
        files.ToDictionary(
            f => f,
            f =>
            {
                var info = new FileInfo(Path.Combine(Output, f));
                return (info.Length, info.LastWriteTimeUtc.Ticks);
            },
            StringComparer.Ordinal);
}
