using System.Runtime;
using Broadsheet.Build;
using Broadsheet.Cli;
using Broadsheet.Tests.TestSupport;
using Xunit;

namespace Broadsheet.Tests.Cli;

/// <summary>
/// The collector held through a build that follows another (<see cref="CollectorHold"/>). The hold is the process's, so
/// these run with no other test beside them.
/// </summary>
[Collection(WorkingFolderTests.Name)]
public sealed class CollectorHoldTests : IDisposable
{
    private readonly SmallArchive _archive = new();
    private readonly string _cache;

    public CollectorHoldTests()
    {
        _archive.Article("first", "A first article.\n");
        _cache = Path.Combine(Path.GetDirectoryName(_archive.Source)!, ".broadsheet-cache");
    }

    public void Dispose() => _archive.Dispose();

    private BuildOptions Options => new(Source: _archive.Source, Output: _archive.Output, Cache: _cache);

    [Fact]
    public void A_first_build_and_a_build_without_a_cache_are_not_held()
    {
        using (var hold = CollectorHold.For(Options))
        {
            Assert.False(hold.Holding);
        }

        _archive.Build(Options);
        using (var hold = CollectorHold.For(Options with { Cache = null }))
        {
            Assert.False(hold.Holding);
        }

        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    [Fact]
    public void A_build_after_another_is_held_until_it_ends()
    {
        _archive.Build(Options);
        _archive.Article("second", "A second article.\n");
        var collections = GC.CollectionCount(0);

        using (var hold = CollectorHold.For(Options))
        {
            Assert.True(hold.Holding);
            var started = GC.CollectionCount(0);
            _archive.Build(Options);
            Assert.True(hold.Holding);
            Assert.Equal(started, GC.CollectionCount(0));
        }

        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        Assert.True(GC.CollectionCount(0) >= collections);
        Assert.Contains("A second article.", _archive.Read("articles/2024/03/second.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Allocating_past_the_budget_ends_the_hold_and_the_collector_runs()
    {
        _archive.Build(Options);
        using var hold = CollectorHold.For(Options);
        Assert.True(hold.Holding);
        var started = GC.CollectionCount(0);

        var kept = 0L;
        for (var allocated = 0L; allocated <= CollectorHold.Budget + (16L << 20); allocated += 1 << 20)
        {
            kept += new byte[1 << 20].Length;
        }

        Assert.True(kept > CollectorHold.Budget);
        Assert.False(hold.Holding);
        Assert.True(GC.CollectionCount(0) > started);
    }
}
