using Broadsheet.Tests.TestSupport;

namespace Broadsheet.Tests.Cache;

/// <summary>
/// Photographs replaced, shown and removed: an incremental build makes the derivatives of the photograph that changed
/// alone, and gives what a clean build gives, which makes every derivative afresh.
/// </summary>
public sealed class IncrementalPhotographTests : IDisposable
{
    private const string ShipPhoto = "static/images/photos/ship-going-fast.jpg";
    private const string ShipPage = "articles/2024/11/shipyard-apprentices-travel.html";

    private readonly IncrementalArchive _archive = new(cleanPhotographs: true);

    public void Dispose() => _archive.Dispose();

    [Fact]
    public void Every_photograph_edit_builds_what_a_clean_build_builds_and_makes_only_the_photograph_that_changed()
    {
        Assert.Equal(4, _archive.Build().Result.PhotographsMade);
        var oldDerivatives = Directory.GetFiles(Path.Combine(_archive.Output, "images/photos"), "ship-going-fast-*");

        _archive.WriteBytes("site-content/" + ShipPhoto, TestImages.Jpeg(1400, 900));
        var replaced = _archive.Build();
        Assert.Equal(1, replaced.Result.PhotographsMade);
        Assert.Contains(ShipPage, replaced.Written);
        Assert.Contains("issues/2024-11-06.epub", replaced.Written);
        Assert.DoesNotContain("articles/2025/05/housing-waiting-lists.html", replaced.Written);
        Assert.All(oldDerivatives, f => Assert.False(File.Exists(f), $"{f} should have left the output"));
        _archive.AssertSameAsCleanBuild("replace a photograph with another of the same name");

        _archive.Append(IncrementalArchive.Editorial, "\nA line the desk added.\n");
        Assert.Equal(0, _archive.Build().Result.PhotographsMade);
        _archive.AssertSameAsCleanBuild("a text edit, no photograph changed");

        _archive.Edit("show a photograph in a body", () => _archive.Append(IncrementalArchive.Editorial, "\n![Ships at sea](../../../static/images/photos/ship-going-fast.jpg)\n"));
        _archive.Edit("remove a photograph and every use of it", () =>
        {
            _archive.Delete(ShipPhoto);
            _archive.Replace(IncrementalArchive.Editorial, "\n![Ships at sea](../../../static/images/photos/ship-going-fast.jpg)\n", "");
            var article = Path.Combine(_archive.Source, "articles/2024/11/shipyard-apprentices-travel.md");
            File.WriteAllLines(article, File.ReadAllLines(article).Where(l => !l.StartsWith("image", StringComparison.Ordinal)));
        });
        Assert.Empty(Directory.GetFiles(Path.Combine(_archive.Output, "images/photos"), "ship-going-fast*"));
    }
}
