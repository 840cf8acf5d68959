using Broadsheet.Build;
using Broadsheet.Cli.Output;
using Broadsheet.Progress;

namespace Broadsheet.Tests.Cli;

/// <summary>The closing lines of a build: stage times always; with --verbose each stage's allocations and the peak working set too.</summary>
public sealed class BuildSummaryTests
{
    private const long Megabyte = 1024 * 1024;

    private static readonly BuildResult Result = new(20, 25, 300, [], [])
    {
        Articles = 12,
        Issues = 2,
        Topics = 1,
        Timings =
        [
            new StageTiming(BuildStage.Load, TimeSpan.FromMilliseconds(120), 40 * Megabyte),
            new StageTiming(BuildStage.Render, TimeSpan.FromMilliseconds(2500), 1500 * Megabyte),
        ],
    };

    [Fact]
    public void Without_verbose_the_summary_gives_each_stage_its_time_only()
    {
        var lines = BuildSummary.Lines(Result, new BuildOptions("site-content", Output: "out"), TimeSpan.FromSeconds(3), TextStyle.Plain);

        Assert.Equal(3, lines.Count);
        Assert.Equal("  load 0.12 s, render+write 2.50 s", lines[2]);
    }

    [Fact]
    public void With_verbose_the_summary_gives_each_stage_its_allocations_and_ends_with_the_peak_working_set()
    {
        var lines = BuildSummary.Lines(Result, new BuildOptions("site-content", Output: "out"), TimeSpan.FromSeconds(3), TextStyle.Plain, 900 * Megabyte);

        Assert.Equal(4, lines.Count);
        Assert.Equal("  load 0.12 s (40 MB), render+write 2.50 s (1500 MB)", lines[2]);
        Assert.Equal("  allocated 1540 MB in all; peak working set 900 MB", lines[3]);
    }
}
