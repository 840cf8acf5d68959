using Broadsheet.Tests.TestSupport;

namespace Broadsheet.Tests.Cache;

/// <summary>
/// A scripted series of edits to the sample archive. After each, a build that starts from the previous output and
/// the cache must give exactly the files a clean build gives, byte for byte, and write only what changed.
/// </summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private readonly IncrementalArchive _archive = new();

    public void Dispose() => _archive.Dispose();

    [Fact]
    public void The_hosts_files_at_the_top_of_the_output_leave_it_unchanged_but_a_file_added_inside_does_not()
    {
        _archive.Build();
        _archive.Write("output/.nojekyll", "");
        _archive.Write("output/CNAME", "archive.example.org\n");
        _archive.Write("output/.git/HEAD", "ref: refs/heads/main\n");

        Assert.True(_archive.Build().Result.Unchanged);

        _archive.Write("output/issues/.stray", "left by an editor");
        Assert.False(_archive.Build().Result.Unchanged);
    }

    [Fact]
    public void Every_edit_builds_what_a_clean_build_builds_and_an_unchanged_archive_writes_nothing()
    {
        _archive.Build();
        _archive.AssertSameAsCleanBuild("first build");

        var untouched = _archive.Build();
        Assert.True(untouched.Result.Unchanged);
        Assert.Empty(untouched.Written);

        _archive.Edit("add an article", () => _archive.Write(
            "site-content/articles/2024/03/dockers-tea-break.md",
            "---\ntitle: The dockers' tea break\nauthors: [Colin Bexley]\nissue: 2024-03-06\nsection: history\ntopics: [trade-unions]\n---\n"
            + "In 1911 the tea break was won on the quays before it was won anywhere else.\n\nIt was kept there longest, too.\n"));
        _archive.Edit("edit a body after its first paragraph", () => _archive.Append(IncrementalArchive.Editorial, "\nA closing line added by the desk.\n"));
        _archive.Edit("edit a first paragraph (the summary lists show)", () => _archive.Replace(IncrementalArchive.Editorial, "Every March, someone", "Every spring, someone"));
        _archive.Edit("edit an issue's note", () => _archive.Replace("issues/2024-03-06.md", "walked out.", "walked out, and stayed out for a year."));
        _archive.Edit("give a topic an introduction", () => _archive.Append("topics/miners.md", "The pits closed; the memory did not.\n"));
        _archive.Edit("edit a title", () => _archive.Replace(IncrementalArchive.Editorial, "Why we still talk about 1984", "Why 1984 still matters"));
        _archive.Edit("move to another issue", () => _archive.Replace(IncrementalArchive.Editorial, "issue: 2024-03-06", "issue: 2024-03-13"));
        _archive.Edit("change topics", () => _archive.Replace(IncrementalArchive.Editorial, "topics: [miners, trade-unions]", "topics: [miners]"));
        _archive.Edit("link to another article", () => _archive.Append(IncrementalArchive.Editorial, "\nSee also [the dockers](dockers-tea-break.md).\n"));
        _archive.Edit("rename the linked article, and the link", () =>
        {
            _archive.Rename("articles/2024/03/dockers-tea-break.md", "articles/2024/03/dockers-break.md");
            _archive.Replace(IncrementalArchive.Editorial, "(dockers-tea-break.md)", "(dockers-break.md)");
        });
        _archive.Edit("unlink", () => _archive.Replace(IncrementalArchive.Editorial, "\nSee also [the dockers](dockers-break.md).\n", ""));
        _archive.Edit("delete an article", () => _archive.Delete("articles/2024/03/dockers-break.md"));
        _archive.Edit("add a page of the paper's own, and link an article to it", () =>
        {
            _archive.Write("site-content/pages/contact.md", "---\ntitle: Contact\n---\nWrite to the desk.\n");
            _archive.Append(IncrementalArchive.Editorial, "\nTell us what you think: [write to the desk](../../../pages/contact.md).\n");
        });
        _archive.Edit("edit a page of the paper's own", () => _archive.Append("pages/contact.md", "\nThe desk answers every letter.\n"));
        _archive.Edit("change a template", () => _archive.Write(
            "site-content/templates/partials/footer.html",
            File.ReadAllText(Path.Combine(RepoPaths.Root, "templates/partials/footer.html"))
                .Replace("</footer>", "<p>Printed and published by the archive desk.</p></footer>", StringComparison.Ordinal)));
        _archive.Edit("change site.yml", () => _archive.Replace("site.yml", "title: The Weekly Broadsheet", "title: The Weekly Broadsheet Archive"));
        _archive.Edit("move every article with article_path", () =>
            _archive.Replace("site.yml", "title: The Weekly Broadsheet Archive", "title: The Weekly Broadsheet Archive\narticle_path: issues/{issue}/{slug}"));
        _archive.Edit("change the menus", () => _archive.Replace("site.yml", "    - title: Subscribe\n      url: pages/subscribe.md\n  footer:", "    - title: Contact\n      url: pages/contact.md\n  footer:"));
    }
}
