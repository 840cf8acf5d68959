using Broadsheet.Tests.TestSupport;

namespace Broadsheet.Tests.Cache;

/// <summary>
/// Links between pages across incremental builds: related articles, a linked article renamed, a heading renamed.
/// </summary>
public sealed class IncrementalLinkTests : IDisposable
{
    private readonly IncrementalArchive _archive = new();

    public void Dispose() => _archive.Dispose();

    [Fact]
    public void Every_related_link_edit_builds_what_a_clean_build_builds_and_a_picked_articles_new_title_reaches_the_page_that_lists_it()
    {
        const string picked = "articles/2024/03/bernard-quigley-obituary.md";
        _archive.Build();

        _archive.Edit("pick a related article and a link elsewhere", () => _archive.Replace(
            IncrementalArchive.Editorial,
            "topics: [miners, trade-unions]",
            "topics: [miners, trade-unions]\nrelated: [bernard-quigley-obituary.md, {title: A reading list, url: 'https://example.org/list'}]"));
        _archive.Replace(picked, "title: \"Bernard", "title: \"Remembered: Bernard");
        var (_, written) = _archive.Build();
        Assert.Contains(IncrementalArchive.EditorialPage, written);
        Assert.Contains("Remembered: Bernard", File.ReadAllText(Path.Combine(_archive.Output, IncrementalArchive.EditorialPage)), StringComparison.Ordinal);
        _archive.AssertSameAsCleanBuild("retitle the picked article");
        _archive.Edit("pick another instead", () => _archive.Replace(IncrementalArchive.Editorial, "related: [bernard-quigley-obituary.md,", "related: [coalfields-forty-years-after.md,"));
        _archive.Edit("pick none", () => _archive.Replace(IncrementalArchive.Editorial, "related: [coalfields-forty-years-after.md, {title: A reading list, url: 'https://example.org/list'}]\n", ""));
    }

    [Fact]
    public void After_each_build_the_previous_tree_already_holds_its_output_so_the_next_build_links_nothing_in()
    {
        // A first build has no old output to keep: the tree is made of its own files.
        _archive.Build();
        Assert.Equal(_archive.OutputSnapshot(), _archive.PreviousTreeSnapshot());

        // An edit: the tree, now the output as it was, follows the pages the build wrote.
        _archive.Append(IncrementalArchive.Editorial, "\nA line the desk added.\n");
        var (_, written) = _archive.Build();
        Assert.Contains(IncrementalArchive.EditorialPage, written);
        Assert.Equal(_archive.OutputSnapshot(), _archive.PreviousTreeSnapshot());

        // A page removed: so is the tree's.
        _archive.Delete("articles/2024/03/bernard-quigley-obituary.md");
        _archive.Build();
        Assert.False(File.Exists(Path.Combine(_archive.Output, "articles/2024/03/bernard-quigley-obituary.html")));
        Assert.Equal(_archive.OutputSnapshot(), _archive.PreviousTreeSnapshot());
    }

    [Fact]
    public void Renaming_a_linked_article_is_reported_at_the_link_though_the_linking_article_did_not_change()
    {
        _archive.Append(IncrementalArchive.Editorial, "\nSee also [the obituary](bernard-quigley-obituary.md).\n");
        _archive.Build();
        _archive.Append(IncrementalArchive.Editorial, "\nA line the desk added.\n");
        _archive.Build();
        Assert.True(Directory.Exists(_archive.Combine(".broadsheet-cache/previous-output")));
        var before = _archive.OutputSnapshot();
        _archive.Rename("articles/2024/03/bernard-quigley-obituary.md", "articles/2024/03/quigley-obituary.md");

        var failure = Assert.Throws<Broadsheet.Diagnostics.BuildFailedException>(() => _archive.Build());

        var error = Assert.Single(failure.Diagnostics);
        Assert.Equal("site-content/" + IncrementalArchive.Editorial, error.Location.Path[^("site-content/" + IncrementalArchive.Editorial).Length..]);
        Assert.Contains("bernard-quigley-obituary.md", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, _archive.OutputSnapshot());

        // The failed build's staging folder went back to be the previous tree: the next build starts from it.
        Assert.True(Directory.Exists(_archive.Combine(".broadsheet-cache/previous-output")));
        _archive.Replace(IncrementalArchive.Editorial, "(bernard-quigley-obituary.md)", "(quigley-obituary.md)");
        _archive.Build();
        _archive.AssertSameAsCleanBuild("after a failed build, the link mended");
    }

    [Fact]
    public void A_heading_renamed_breaks_a_link_to_it_from_an_unchanged_page_and_the_check_finds_it()
    {
        _archive.Append(IncrementalArchive.Editorial, "\n## What the pits left\n\nThe towns remain.\n");
        _archive.Append("articles/2024/03/coalfields-forty-years-after.md", "\nSee [the editorial](editorial.md#what-the-pits-left).\n");
        _archive.Build();
        _archive.Replace(IncrementalArchive.Editorial, "## What the pits left", "## What the collieries left");

        var failure = Assert.Throws<Broadsheet.Diagnostics.BuildFailedException>(() => _archive.Build());

        var error = Assert.Single(failure.Diagnostics);
        Assert.Contains("coalfields-forty-years-after", error.Location.Path, StringComparison.Ordinal);
        Assert.Contains("has no element with id 'what-the-pits-left'", error.Message, StringComparison.Ordinal);
    }
}
