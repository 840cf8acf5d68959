using Broadsheet.Tests.TestSupport;

namespace Broadsheet.Tests.Cache;

/// <summary>
/// An incremental build after the output or the cache was left in a state no build left it in: a file edited by hand,
/// a manifest older than the output.
/// </summary>
public sealed class IncrementalRecoveryTests : IDisposable
{
    private readonly IncrementalArchive _archive = new();

    public void Dispose() => _archive.Dispose();

    [Fact]
    public void A_changed_output_file_is_noticed_and_written_again()
    {
        _archive.Build();
        File.WriteAllText(Path.Combine(_archive.Output, "index.html"), "edited by hand");

        var build = _archive.Build();

        Assert.False(build.Result.Unchanged);
        Assert.Contains("index.html", build.Written);
        _archive.AssertSameAsCleanBuild("after the output was edited by hand");
    }

    [Fact]
    public void A_build_killed_before_it_saved_its_manifest_leaves_a_cache_the_next_build_can_trust()
    {
        // The cache's files are saved one by one, the manifest last: a build killed between them leaves the last build's
        // manifest beside this build's search index, with this build's output swapped in.
        _archive.Build();
        var manifest = _archive.Combine(".broadsheet-cache/manifest.bin");
        var lastManifest = File.ReadAllBytes(manifest);
        _archive.Replace(IncrementalArchive.Editorial, "Every March, someone", "Every spring, someone");
        _archive.Replace("site.yml", "title: The Weekly Broadsheet", "title: The Weekly Broadsheet Archive");
        _archive.Build();
        File.WriteAllBytes(manifest, lastManifest);

        _archive.Replace(IncrementalArchive.Editorial, "Every spring, someone", "Every March, someone");
        _archive.Replace("site.yml", "title: The Weekly Broadsheet Archive", "title: The Weekly Broadsheet");
        _archive.Build();

        _archive.AssertSameAsCleanBuild("after a build killed before its manifest was saved");
    }
}
