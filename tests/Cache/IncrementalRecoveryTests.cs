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

    [Theory]
    [InlineData(7)]
    [InlineData(3)]
    [InlineData(2)]
    [InlineData(1.25)]
    [InlineData(1.05)]
    public void A_manifest_damaged_anywhere_is_not_trusted_as_it_reads_and_the_build_is_a_clean_one(double part)
    {
        // Four bytes of 0xFF: a count read there is negative, a string's length far too long, a hash not the one written.
        _archive.Build();
        var manifest = _archive.Combine(".broadsheet-cache/manifest.bin");
        var damaged = File.ReadAllBytes(manifest);
        damaged.AsSpan((int)(damaged.Length / part), 4).Fill(0xFF);
        File.WriteAllBytes(manifest, damaged);
        _archive.Replace(IncrementalArchive.Editorial, "Every March, someone", "Every spring, someone");

        _archive.Build();

        _archive.AssertSameAsCleanBuild($"after a build from a manifest damaged at {100 / part:F0} % of its length");
    }

    [Fact]
    public void A_build_that_finds_nothing_changed_reads_only_the_manifests_head_and_one_that_goes_on_reads_the_rest()
    {
        var first = _archive.Build().Result;
        var manifest = _archive.Combine(".broadsheet-cache/manifest.bin");
        var damaged = File.ReadAllBytes(manifest);
        damaged.AsSpan(damaged.Length * 3 / 4, 4).Fill(0xFF);
        File.WriteAllBytes(manifest, damaged);

        // Past the head, the damage is not met: nothing changed, and the last build is reported again.
        var unchanged = _archive.Build().Result;
        Assert.True(unchanged.Unchanged);
        Assert.Equal(first.Pages, unchanged.Pages);
        Assert.Equal(first.Warnings, unchanged.Warnings);

        // An edit reads the rest, finds it damaged, and builds from scratch.
        _archive.Replace(IncrementalArchive.Editorial, "Every March, someone", "Every spring, someone");
        Assert.False(_archive.Build().Result.Unchanged);
        _archive.AssertSameAsCleanBuild("after a build from a manifest damaged past its head");
    }

    [Fact]
    public void A_manifest_whose_count_of_texts_reads_negative_is_no_manifest()
    {
        _archive.Build();
        var manifest = _archive.Combine(".broadsheet-cache/manifest.bin");
        var bytes = File.ReadAllBytes(manifest);
        using (var reader = new BinaryReader(new MemoryStream(bytes)))
        {
            // The head (the magic, the format, the two keys, the outputs' stamp, whether there is a sitemap, the six counts
            // and the warnings), the shape and its context; then the count of Markdown texts.
            reader.ReadString();
            reader.ReadInt32();
            for (var i = 0; i < 3; i++)
            {
                reader.ReadString();
            }

            reader.ReadBoolean();
            for (var i = 0; i < 6; i++)
            {
                reader.ReadInt32();
            }

            for (var warnings = reader.ReadInt32(); warnings > 0; warnings--)
            {
                (_, _, _, _, _) = (reader.ReadInt32(), reader.ReadString(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadString());
            }

            reader.ReadString();
            reader.ReadString();

            bytes.AsSpan((int)reader.BaseStream.Position, 4).Fill(0xFF);
        }

        File.WriteAllBytes(manifest, bytes);

        Assert.Null(Broadsheet.Cache.ManifestFile.Read(manifest));
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
