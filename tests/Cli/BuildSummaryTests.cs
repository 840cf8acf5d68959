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
    public void Counts_of_one_are_in_the_singular()
    {
        var one = new BuildResult(1, 1, 1, [], []) { Articles = 1, Issues = 1, Topics = 1, FilesWritten = 1, PhotographsMade = 1 };

        var lines = BuildSummary.Lines(one, new BuildOptions("site-content", Output: "out"), TimeSpan.FromSeconds(1), TextStyle.Plain);

        Assert.Equal("built 1 page from site-content into out in 1.00 s: 1 article, 1 issue, 1 topic", lines[0]);
        Assert.Equal("  1 page written, 0 unchanged; 1 of 1 file written; 1 photograph sized; 1 link checked", lines[1]);
    }

    [Fact]
    public void With_verbose_the_summary_gives_each_stage_its_allocations_then_the_peak_working_set_the_collections_and_the_JIT()
    {
        var figures = new ProcessFigures(900 * Megabyte, (30, 12, 1), TimeSpan.FromMilliseconds(250), 1, TimeSpan.FromMilliseconds(310));

        var lines = BuildSummary.Lines(Result, new BuildOptions("site-content", Output: "out"), TimeSpan.FromSeconds(3), TextStyle.Plain, figures);

        Assert.Equal(5, lines.Count);
        Assert.Equal("  load 0.12 s (40 MB), render+write 2.50 s (1500 MB)", lines[2]);
        Assert.Equal("  allocated 1540 MB in all; peak working set 900 MB", lines[3]);
        Assert.Equal("  30 garbage collections (12 of gen 1, 1 of gen 2), paused 0.25 s; 1 method compiled by the JIT in 0.31 s", lines[4]);
    }
}
