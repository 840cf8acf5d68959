using System.Globalization;
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
    /// <summary>What the last build left that an edit build reads whole.</summary>
    private static readonly string[] StateFiles = ["manifest.bin", "sources.bin", "search-index.bin"];

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

        using (var hold = CollectorHold.For(Options))
        {
            Assert.True(hold.Holding);
            var started = GC.CollectionCount(0);
            _archive.Build(Options);
            Assert.True(hold.Holding);
            Assert.Equal(started, GC.CollectionCount(0));
        }

        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        Assert.Contains("A second article.", _archive.Read("articles/2024/03/second.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_budget_is_what_an_edit_build_allocates_for_the_state_it_reads()
    {
        Assert.Equal(0, CollectorHold.BudgetFor(Options));

        _archive.Build(Options);
        var state = StateFiles.Select(name => new FileInfo(Path.Combine(_cache, name))).Where(f => f.Exists).Sum(f => f.Length);
        Assert.True(state > 0);
        Assert.Equal(CollectorHold.BudgetForState(state), CollectorHold.BudgetFor(Options));
        Assert.Equal(0, CollectorHold.BudgetFor(Options with { Cache = null }));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1_000, CollectorHold.LeastBudget)]
    [InlineData(22L << 20, 22L * CollectorHold.PerStateByte << 20)]
    [InlineData(32L << 20, CollectorHold.MostBudget)]
    [InlineData((32L << 20) + 1, 0)]
    [InlineData(196L << 20, 0)]
    public void The_budget_grows_with_the_state_and_an_archive_too_large_is_not_held(long state, long budget) =>
        Assert.Equal(budget, CollectorHold.BudgetForState(state));

    [Fact]
    public void Allocating_past_the_budget_ends_the_hold_and_the_collector_runs()
    {
        _archive.Build(Options);
        var budget = CollectorHold.BudgetFor(Options);
        using var hold = CollectorHold.For(Options);
        Assert.True(hold.Holding);
        var started = GC.CollectionCount(0);

        var allocated = 0L;
        while (allocated <= budget + (16L << 20))
        {
            allocated += new byte[1 << 20].Length;
        }

        Assert.False(hold.Holding);
        Assert.True(GC.CollectionCount(0) > started);
    }

    [Fact]
    public void On_linux_the_collectors_memory_is_asked_for_in_huge_pages_while_held()
    {
        if (!OperatingSystem.IsLinux() || !Directory.Exists("/sys/kernel/mm/transparent_hugepage"))
        {
            return;
        }

        _archive.Build(Options);
        using var hold = CollectorHold.For(Options);
        Assert.True(hold.Holding);
        Assert.Contains("hg", FlagsOfMappingAt(CollectorHold.AddressOfNewObject()));
    }

    /// <summary>The VmFlags /proc/self/smaps gives the mapping that holds an address.</summary>
    private static string[] FlagsOfMappingAt(long address)
    {
        var inside = false;
        foreach (var line in File.ReadLines("/proc/self/smaps"))
        {
            var dash = line.IndexOf('-', StringComparison.Ordinal);
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            if (dash > 0 && space > dash && long.TryParse(line[..dash], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var start)
                && long.TryParse(line[(dash + 1)..space], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var end))
            {
                inside = start <= address && address < end;
            }
            else if (inside && line.StartsWith("VmFlags:", StringComparison.Ordinal))
            {
                return line["VmFlags:".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            }
        }

        throw new InvalidOperationException($"no mapping holds {address:x}");
    }
}
