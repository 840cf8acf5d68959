using Broadsheet.Tests.TestSupport;

namespace Broadsheet.Tests.Cache;

/// <summary>
/// What an edit makes an incremental build write again: the pages that show what changed, and no other.
/// </summary>
public sealed class IncrementalRewriteTests : IDisposable
{
    private readonly IncrementalArchive _archive = new();

    public void Dispose() => _archive.Dispose();

    [Fact]
    public void Editing_a_body_past_its_summary_rewrites_its_page_and_its_issue_book_only()
    {
        var first = _archive.Build();
        _archive.Append(IncrementalArchive.Editorial, "\nA closing line added by the desk.\n");

        var build = _archive.Build();

        Assert.Equal([IncrementalArchive.EditorialPage], build.Written.Where(f => f.EndsWith(".html", StringComparison.Ordinal)));
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
        _archive.Build();
        _archive.Replace(IncrementalArchive.Editorial, "Why we still talk about 1984", "Why 1984 still matters");

        var (result, written) = _archive.Build();

        // A title is part of the model's shape: every page has its views made, to compare their fingerprints.
        Assert.Equal(0, result.Unseen);
        Assert.Contains(IncrementalArchive.EditorialPage, written);
        Assert.Contains("issues/2024-03-06.html", written);
        Assert.Contains("topics/miners.html", written);
        Assert.Contains("authors/colin-bexley.html", written);
        Assert.Contains("archive/2024/03.html", written);
        Assert.Contains("a-z/index.html", written);
        Assert.DoesNotContain("issues/2024-11-06.html", written);
        Assert.DoesNotContain("topics/chartism.html", written);
    }
}
