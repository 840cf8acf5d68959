using System.Collections.Concurrent;
using Broadsheet.Build;
using Broadsheet.Progress;

namespace Broadsheet.Tests.Progress;

/// <summary>The build tells its listener of every stage and page, and returns the counts and stage times and allocations for the summary.</summary>
public sealed class SiteBuildProgressTests
{
    [Fact]
    public void A_build_reports_each_stage_in_order_and_every_page_rendered_and_times_each_stage_and_its_allocations()
    {
        using var temp = new TempFolder();
        var progress = new RecordingProgress();

        var result = new SiteBuild(new BuildOptions(Source: RepoPaths.SampleContent, Output: temp.Combine("site")), progress).Run();

        BuildStage[] stages = [BuildStage.Load, BuildStage.Model, BuildStage.Graph, BuildStage.Render, BuildStage.Search, BuildStage.Books, BuildStage.Images, BuildStage.Check];
        Assert.Equal(stages.SelectMany(s => new[] { $"start {s}", $"end {s}" }), progress.Events.Where(e => !e.StartsWith("pages", StringComparison.Ordinal)));
        Assert.Contains($"pages {result.Pages}", progress.Events);
        Assert.Equal(result.Pages, progress.Rendered);
        Assert.Equal(stages, result.Timings.Select(t => t.Stage));
        Assert.All(result.Timings, t => Assert.True(t.Elapsed > TimeSpan.Zero));

        // Search and Books do most of their work alongside Render; what is left of them after it may allocate nothing.
        Assert.All(result.Timings.Where(t => t.Stage is not (BuildStage.Search or BuildStage.Books or BuildStage.Images)), t => Assert.True(t.AllocatedBytes > 0));

        // Processor time is counted in clock ticks, so a stage shorter than one may show none; the build as a whole cannot.
        Assert.All(result.Timings, t => Assert.True(t.Cpu >= TimeSpan.Zero));
        Assert.True(result.Timings.Sum(t => t.Cpu.Ticks) > 0);
        Assert.Equal((47, 6, 15, 0), (result.Articles, result.Issues, result.Topics, result.Skipped));
    }

    private sealed class RecordingProgress : IBuildProgress
    {
        private int _rendered;

        public ConcurrentQueue<string> Events { get; } = new();

        public int Rendered => _rendered;

        public void StageStarted(BuildStage stage) => Events.Enqueue($"start {stage}");

        public void StageFinished(StageTiming timing) => Events.Enqueue($"end {timing.Stage}");

        public void PagesToRender(int total) => Events.Enqueue($"pages {total}");

        public void PageRendered() => Interlocked.Increment(ref _rendered);
    }
}
