using Broadsheet.Diagnostics;
using Xunit;

namespace Broadsheet.Tests.Diagnostics;

public sealed class DiagnosticBagTests
{
    [Fact]
    public void Sorted_orders_by_path_then_line_then_column()
    {
        var bag = new DiagnosticBag();
        bag.Error(new SourceLocation("b.md", 1, 1), "b1");
        bag.Error(new SourceLocation("a.md", 10, 2), "a10-2");
        bag.Error(new SourceLocation("a.md", 2, 7), "a2-7");
        bag.Error(new SourceLocation("a.md", 10, 1), "a10-1");
        bag.Warning(new SourceLocation("a.md", 2, 3), "a2-3");

        Assert.Equal(["a2-3", "a2-7", "a10-1", "a10-2", "b1"], bag.Sorted().Select(d => d.Message));
    }

    [Fact]
    public void Sorted_compares_paths_ordinally_so_upper_case_comes_first()
    {
        var bag = new DiagnosticBag();
        bag.Error(SourceLocation.File("articles/b.md"), "lower");
        bag.Error(SourceLocation.File("articles/B.md"), "upper");

        Assert.Equal(["upper", "lower"], bag.Sorted().Select(d => d.Message));
    }

    [Fact]
    public void The_same_diagnostic_reported_twice_is_listed_once()
    {
        var bag = new DiagnosticBag();
        bag.Error(new SourceLocation("a.md", 3, 1), "same");
        bag.Error(new SourceLocation("a.md", 3, 1), "same");

        Assert.Single(bag.Sorted());
    }

    [Fact]
    public void Warnings_alone_do_not_fail_the_build()
    {
        var bag = new DiagnosticBag();
        bag.Warning(SourceLocation.File("a.md"), "careful");

        Assert.False(bag.HasErrors);
        bag.ThrowIfErrors();
    }

    [Fact]
    public void ThrowIfErrors_carries_every_diagnostic_sorted()
    {
        var bag = new DiagnosticBag();
        bag.Error(SourceLocation.File("b.md"), "second");
        bag.Warning(SourceLocation.File("a.md"), "first");

        var exception = Assert.Throws<BuildFailedException>(bag.ThrowIfErrors);

        Assert.Equal(["first", "second"], exception.Diagnostics.Select(d => d.Message));
    }

    [Fact]
    public void Diagnostics_added_from_parallel_stages_are_all_kept()
    {
        var bag = new DiagnosticBag();

        Parallel.For(0, 2000, i => bag.Error(new SourceLocation("a.md", i + 1, 1), $"error {i}"));

        var sorted = bag.Sorted();
        Assert.Equal(2000, sorted.Count);
        Assert.Equal(Enumerable.Range(1, 2000), sorted.Select(d => d.Location.Line));
    }
}
