using Broadsheet.Build;
using Broadsheet.Tests.TestSupport;
using Xunit;

namespace Broadsheet.Tests.Cache;

/// <summary>
/// A scripted series of edits to the sample archive. After each, a build that starts from the previous output and
/// the cache must give exactly the files a clean build gives, byte for byte, and write only what changed.
/// </summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private const string Editorial = "articles/2024/03/editorial.md";
    private const string EditorialPage = "articles/2024/03/editorial.html";
    private const string ShipPhoto = "static/images/photos/ship-going-fast.jpg";
    private const string ShipPage = "articles/2024/11/shipyard-apprentices-travel.html";

    private readonly TempFolder _temp = new();

    public IncrementalBuildTests() => TempFolder.CopyFolder(RepoPaths.SampleContent, Source);

    private string Source => _temp.Combine("site-content");

    private string Output => _temp.Combine("output");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Every_edit_builds_what_a_clean_build_builds_and_an_unchanged_archive_writes_nothing()
    {
        Build();
        AssertSameAsCleanBuild("first build");

        var untouched = Build();
        Assert.True(untouched.Result.Unchanged);
        Assert.Empty(untouched.Written);

        Edit("add an article", () => _temp.Write(
            "site-content/articles/2024/03/dockers-tea-break.md",
            "---\ntitle: The dockers' tea break\nauthors: [Colin Bexley]\nissue: 2024-03-06\nsection: history\ntopics: [trade-unions]\n---\n"
            + "In 1911 the tea break was won on the quays before it was won anywhere else.\n\nIt was kept there longest, too.\n"));
        Edit("edit a body after its first paragraph", () => Append(Editorial, "\nA closing line added by the desk.\n"));
        Edit("edit a first paragraph (the summary lists show)", () => Replace(Editorial, "Every March, someone", "Every spring, someone"));
        Edit("edit an issue's note", () => Replace("issues/2024-03-06.md", "walked out.", "walked out, and stayed out for a year."));
        Edit("give a topic an introduction", () => Append("topics/miners.md", "The pits closed; the memory did not.\n"));
        Edit("edit a title", () => Replace(Editorial, "Why we still talk about 1984", "Why 1984 still matters"));
        Edit("move to another issue", () => Replace(Editorial, "issue: 2024-03-06", "issue: 2024-03-13"));
        Edit("change topics", () => Replace(Editorial, "topics: [miners, trade-unions]", "topics: [miners]"));
        Edit("link to another article", () => Append(Editorial, "\nSee also [the dockers](dockers-tea-break.md).\n"));
        Edit("rename the linked article, and the link", () =>
        {
            Rename("articles/2024/03/dockers-tea-break.md", "articles/2024/03/dockers-break.md");
            Replace(Editorial, "(dockers-tea-break.md)", "(dockers-break.md)");
        });
        Edit("unlink", () => Replace(Editorial, "\nSee also [the dockers](dockers-break.md).\n", ""));
        Edit("delete an article", () => File.Delete(Path.Combine(Source, "articles/2024/03/dockers-break.md")));
        Edit("add a page of the paper's own, and link an article to it", () =>
        {
            _temp.Write("site-content/pages/contact.md", "---\ntitle: Contact\n---\nWrite to the desk.\n");
            Append(Editorial, "\nTell us what you think: [write to the desk](../../../pages/contact.md).\n");
        });
        Edit("edit a page of the paper's own", () => Append("pages/contact.md", "\nThe desk answers every letter.\n"));
        Edit("change a template", () => _temp.Write(
            "site-content/templates/partials/footer.html",
            File.ReadAllText(Path.Combine(RepoPaths.Root, "templates/partials/footer.html"))
                .Replace("</footer>", "<p>Printed and published by the archive desk.</p></footer>", StringComparison.Ordinal)));
        Edit("change site.yml", () => Replace("site.yml", "title: The Weekly Broadsheet", "title: The Weekly Broadsheet Archive"));
        Edit("move every article with article_path", () =>
            Replace("site.yml", "title: The Weekly Broadsheet Archive", "title: The Weekly Broadsheet Archive\narticle_path: issues/{issue}/{slug}"));
        Edit("change the menus", () => Replace("site.yml", "    - title: Subscribe\n      url: pages/subscribe.md\n  footer:", "    - title: Contact\n      url: pages/contact.md\n  footer:"));
    }

    [Fact]
    public void Every_photograph_edit_builds_what_a_clean_build_builds_and_makes_only_the_photograph_that_changed()
    {
        Assert.Equal(4, Build().Result.PhotographsMade);
        var oldDerivatives = Directory.GetFiles(Path.Combine(Output, "images/photos"), "ship-going-fast-*");

        _temp.WriteBytes("site-content/" + ShipPhoto, TestImages.Jpeg(1400, 900));
        var replaced = Build();
        Assert.Equal(1, replaced.Result.PhotographsMade);
        Assert.Contains(ShipPage, replaced.Written);
        Assert.Contains("issues/2024-11-06.epub", replaced.Written);
        Assert.DoesNotContain("articles/2025/05/housing-waiting-lists.html", replaced.Written);
        Assert.All(oldDerivatives, f => Assert.False(File.Exists(f), $"{f} should have left the output"));
        AssertSameAsCleanBuild("replace a photograph with another of the same name");

        Append(Editorial, "\nA line the desk added.\n");
        Assert.Equal(0, Build().Result.PhotographsMade);
        AssertSameAsCleanBuild("a text edit, no photograph changed");

        Edit("show a photograph in a body", () => Append(Editorial, "\n![Ships at sea](../../../static/images/photos/ship-going-fast.jpg)\n"));
        Edit("remove a photograph and every use of it", () =>
        {
            File.Delete(Path.Combine(Source, ShipPhoto));
            Replace(Editorial, "\n![Ships at sea](../../../static/images/photos/ship-going-fast.jpg)\n", "");
            var article = Path.Combine(Source, "articles/2024/11/shipyard-apprentices-travel.md");
            File.WriteAllLines(article, File.ReadAllLines(article).Where(l => !l.StartsWith("image", StringComparison.Ordinal)));
        });
        Assert.Empty(Directory.GetFiles(Path.Combine(Output, "images/photos"), "ship-going-fast*"));
    }

    [Fact]
    public void Editing_a_body_past_its_summary_rewrites_its_page_and_its_issue_book_only()
    {
        var first = Build();
        Append(Editorial, "\nA closing line added by the desk.\n");

        var build = Build();

        Assert.Equal([EditorialPage], build.Written.Where(f => f.EndsWith(".html", StringComparison.Ordinal)));
        Assert.Contains("issues/2024-03-06.epub", build.Written);
        Assert.DoesNotContain("issues/2024-11-06.epub", build.Written);
        Assert.Equal(build.Result.Pages - 1, build.Result.Skipped);

        // Only the pages that show this body, or its summary, had their views made again.
        Assert.InRange(build.Result.Unseen, build.Result.Pages - 15, build.Result.Pages - 1);

        // Only the pages rendered again are checked: the dozen or so that show this body or its summary, not the pages kept.
        Assert.InRange(build.Result.LinksChecked, 1, first.Result.LinksChecked / 5);
    }

    [Fact]
    public void Editing_a_title_rewrites_the_pages_that_list_the_article_and_no_other_issue()
    {
        Build();
        Replace(Editorial, "Why we still talk about 1984", "Why 1984 still matters");

        var (result, written) = Build();

        // A title is part of the model's shape: every page has its views made, to compare their fingerprints.
        Assert.Equal(0, result.Unseen);
        Assert.Contains(EditorialPage, written);
        Assert.Contains("issues/2024-03-06.html", written);
        Assert.Contains("topics/miners.html", written);
        Assert.Contains("authors/colin-bexley.html", written);
        Assert.Contains("archive/2024/03.html", written);
        Assert.Contains("a-z/index.html", written);
        Assert.DoesNotContain("issues/2024-11-06.html", written);
        Assert.DoesNotContain("topics/chartism.html", written);
    }

    [Fact]
    public void Every_related_link_edit_builds_what_a_clean_build_builds_and_a_picked_articles_new_title_reaches_the_page_that_lists_it()
    {
        const string picked = "articles/2024/03/bernard-quigley-obituary.md";
        Build();

        Edit("pick a related article and a link elsewhere", () => Replace(
            Editorial,
            "topics: [miners, trade-unions]",
            "topics: [miners, trade-unions]\nrelated: [bernard-quigley-obituary.md, {title: A reading list, url: 'https://example.org/list'}]"));
        Replace(picked, "title: \"Bernard", "title: \"Remembered: Bernard");
        var (_, written) = Build();
        Assert.Contains(EditorialPage, written);
        Assert.Contains("Remembered: Bernard", File.ReadAllText(Path.Combine(Output, EditorialPage)), StringComparison.Ordinal);
        AssertSameAsCleanBuild("retitle the picked article");
        Edit("pick another instead", () => Replace(Editorial, "related: [bernard-quigley-obituary.md,", "related: [coalfields-forty-years-after.md,"));
        Edit("pick none", () => Replace(Editorial, "related: [coalfields-forty-years-after.md, {title: A reading list, url: 'https://example.org/list'}]\n", ""));
    }

    [Fact]
    public void Every_promotion_edit_builds_what_a_clean_build_builds_and_a_body_edit_rewrites_only_the_pages_that_show_it()
    {
        const string promo = "promos/sixpence-an-hour.md";
        const string dockPage = "articles/2024/08/great-dock-strike-1889.html";
        Build();

        Append(promo, "Out in paperback this spring.\n");
        var (_, written) = Build();
        Assert.Contains(dockPage, written);
        Assert.Contains("topics/dockers.html", written);
        Assert.DoesNotContain(EditorialPage, written);
        Assert.Contains("Out in paperback", File.ReadAllText(Path.Combine(Output, dockPage)), StringComparison.Ordinal);
        AssertSameAsCleanBuild("edit a promotion's body");

        Edit("retitle a promotion", () => Replace(promo, "title: \"Sixpence an Hour:", "title: \"Sixpence an Hour, new edition:"));
        Edit("move a promotion to other topics and a section", () => Replace(promo, "topics: [dockers]", "topics: [miners]\nsections: [editorial]"));
        Assert.Contains("Further reading", File.ReadAllText(Path.Combine(Output, EditorialPage)), StringComparison.Ordinal);
        Edit("add a promotion", () => _temp.Write(
            "site-content/promos/pit-village-walk.md",
            "---\ntitle: A walk through a pit village\nlink: https://walks.example.org/pits\ntopics: [miners]\n---\nTwo hours, with tea.\n"));
        Edit("delete a promotion", () => File.Delete(Path.Combine(Source, promo)));
    }

    [Fact]
    public void Renaming_a_linked_article_is_reported_at_the_link_though_the_linking_article_did_not_change()
    {
        Append(Editorial, "\nSee also [the obituary](bernard-quigley-obituary.md).\n");
        Build();
        Append(Editorial, "\nA line the desk added.\n");
        Build();
        Assert.True(Directory.Exists(_temp.Combine(".broadsheet-cache/previous-output")));
        var before = _temp.Snapshot("output");
        Rename("articles/2024/03/bernard-quigley-obituary.md", "articles/2024/03/quigley-obituary.md");

        var failure = Assert.Throws<Broadsheet.Diagnostics.BuildFailedException>(() => Build());

        var error = Assert.Single(failure.Diagnostics);
        Assert.Equal("site-content/" + Editorial, error.Location.Path[^("site-content/" + Editorial).Length..]);
        Assert.Contains("bernard-quigley-obituary.md", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, _temp.Snapshot("output"));

        // The failed build's staging folder went back to be the previous tree: the next build starts from it.
        Assert.True(Directory.Exists(_temp.Combine(".broadsheet-cache/previous-output")));
        Replace(Editorial, "(bernard-quigley-obituary.md)", "(quigley-obituary.md)");
        Build();
        AssertSameAsCleanBuild("after a failed build, the link mended");
    }

    [Fact]
    public void A_heading_renamed_breaks_a_link_to_it_from_an_unchanged_page_and_the_check_finds_it()
    {
        Append(Editorial, "\n## What the pits left\n\nThe towns remain.\n");
        Append("articles/2024/03/coalfields-forty-years-after.md", "\nSee [the editorial](editorial.md#what-the-pits-left).\n");
        Build();
        Replace(Editorial, "## What the pits left", "## What the collieries left");

        var failure = Assert.Throws<Broadsheet.Diagnostics.BuildFailedException>(() => Build());

        var error = Assert.Single(failure.Diagnostics);
        Assert.Contains("coalfields-forty-years-after", error.Location.Path, StringComparison.Ordinal);
        Assert.Contains("has no element with id 'what-the-pits-left'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_output_file_is_noticed_and_written_again()
    {
        Build();
        File.WriteAllText(Path.Combine(Output, "index.html"), "edited by hand");

        var build = Build();

        Assert.False(build.Result.Unchanged);
        Assert.Contains("index.html", build.Written);
        AssertSameAsCleanBuild("after the output was edited by hand");
    }

    [Fact]
    public void A_build_killed_before_it_saved_its_manifest_leaves_a_cache_the_next_build_can_trust()
    {
        // The cache's files are saved one by one, the manifest last: a build killed between them leaves the last build's
        // manifest beside this build's search index, with this build's output swapped in.
        Build();
        var manifest = _temp.Combine(".broadsheet-cache/manifest.bin");
        var lastManifest = File.ReadAllBytes(manifest);
        Replace(Editorial, "Every March, someone", "Every spring, someone");
        Replace("site.yml", "title: The Weekly Broadsheet", "title: The Weekly Broadsheet Archive");
        Build();
        File.WriteAllBytes(manifest, lastManifest);

        Replace(Editorial, "Every spring, someone", "Every March, someone");
        Replace("site.yml", "title: The Weekly Broadsheet Archive", "title: The Weekly Broadsheet");
        Build();

        AssertSameAsCleanBuild("after a build killed before its manifest was saved");
    }

    private void Edit(string step, Action edit)
    {
        edit();
        Build();
        AssertSameAsCleanBuild(step);
    }

    private (BuildResult Result, List<string> Written) Build()
    {
        var before = Stamps();
        var result = new SiteBuild(Options(Output, _temp.Combine(".broadsheet-cache"))).Run();
        var after = Stamps();
        var written = after.Where(f => !before.TryGetValue(f.Key, out var stamp) || stamp != f.Value).Select(f => f.Key).Order(StringComparer.Ordinal).ToList();
        return (result, written);
    }

    private void AssertSameAsCleanBuild(string step)
    {
        var clean = _temp.Combine("clean");
        new SiteBuild(Options(clean, cache: null)).Run();
        Assert.True(FolderComparer.FirstDifference(clean, Output) is null, $"{step}: {FolderComparer.FirstDifference(clean, Output)}");
    }

    private BuildOptions Options(string output, string? cache) =>
        new(Source: Source, Output: output, BaseUrl: "https://example.org/archive/", Cache: cache, Images: cache is null ? null : Path.Combine(cache, "image-store"));

    /// <summary>Every output file's last-write time (to the tick): a file written again has a new one.</summary>
    private Dictionary<string, DateTime> Stamps() =>
        FolderComparer.Files(Output).ToDictionary(f => f, f => File.GetLastWriteTimeUtc(Path.Combine(Output, f)), StringComparer.Ordinal);

    private void Append(string relative, string text) => File.AppendAllText(Path.Combine(Source, relative), text);

    private void Replace(string relative, string from, string to)
    {
        var path = Path.Combine(Source, relative);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    private void Rename(string from, string to) => File.Move(Path.Combine(Source, from), Path.Combine(Source, to));
}
