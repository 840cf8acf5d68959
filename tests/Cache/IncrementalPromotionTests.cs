using Broadsheet.Tests.TestSupport;

namespace Broadsheet.Tests.Cache;

/// <summary>
/// Promotions edited, moved, added and deleted, each followed by an incremental build that must give what a clean build
/// gives and show the promotion where it now belongs.
/// </summary>
public sealed class IncrementalPromotionTests : IDisposable
{
    private readonly IncrementalArchive _archive = new();

    public void Dispose() => _archive.Dispose();

    [Fact]
    public void Every_promotion_edit_builds_what_a_clean_build_builds_and_a_body_edit_rewrites_only_the_pages_that_show_it()
    {
        const string promo = "promos/sixpence-an-hour.md";
        const string dockPage = "articles/2024/08/great-dock-strike-1889.html";
        _archive.Build();

        _archive.Append(promo, "Out in paperback this spring.\n");
        var (_, written) = _archive.Build();
        Assert.Contains(dockPage, written);
        Assert.Contains("topics/dockers.html", written);
        Assert.DoesNotContain(IncrementalArchive.EditorialPage, written);
        Assert.Contains("Out in paperback", File.ReadAllText(Path.Combine(_archive.Output, dockPage)), StringComparison.Ordinal);
        _archive.AssertSameAsCleanBuild("edit a promotion's body");

        _archive.Edit("retitle a promotion", () => _archive.Replace(promo, "title: \"Sixpence an Hour:", "title: \"Sixpence an Hour, new edition:"));
        _archive.Edit("move a promotion to other topics and a section", () => _archive.Replace(promo, "topics: [dockers]", "topics: [miners]\nsections: [editorial]"));
        Assert.Contains("Further reading", File.ReadAllText(Path.Combine(_archive.Output, IncrementalArchive.EditorialPage)), StringComparison.Ordinal);
        _archive.Edit("add a promotion", () => _archive.Write(
            "site-content/promos/pit-village-walk.md",
            "---\ntitle: A walk through a pit village\nlink: https://walks.example.org/pits\ntopics: [miners]\n---\nTwo hours, with tea.\n"));
        _archive.Edit("delete a promotion", () => _archive.Delete(promo));
    }
}
