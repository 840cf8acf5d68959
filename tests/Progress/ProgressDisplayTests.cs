using Broadsheet.Cli.Output;
using Broadsheet.Progress;

namespace Broadsheet.Tests.Progress;

/// <summary>A live line on a terminal; plain lines in a redirected log; stage times and allocations with --verbose; nothing with --quiet.</summary>
public sealed class ProgressDisplayTests
{
    [Fact]
    public void Redirected_a_large_site_prints_one_line_per_tenth_of_its_pages_in_order_from_parallel_renders()
    {
        var output = new StringWriter();
        var display = new ProgressDisplay(Terminal.Plain(output, TextWriter.Null));

        Render(display, 1000);

        Assert.Equal(
            Enumerable.Range(1, 10).Select(i => $"rendered {i * 100}/1000 pages"),
            output.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Redirected_a_small_site_prints_nothing_unless_verbose()
    {
        var quietLog = new StringWriter();
        var verboseLog = new StringWriter();

        Render(new ProgressDisplay(Terminal.Plain(quietLog, TextWriter.Null)), ProgressDisplay.PlainLinesFrom - 1);
        Render(new ProgressDisplay(Terminal.Plain(verboseLog, TextWriter.Null) with { Verbosity = Verbosity.Verbose }), 20);

        Assert.Equal("", quietLog.ToString());
        var lines = verboseLog.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal(10, lines.Count(l => l.StartsWith("rendered ", StringComparison.Ordinal)));
        Assert.Equal(["load", "model", "graph", "render+write", "search", "books", "check"], lines.Where(l => !l.StartsWith("rendered ", StringComparison.Ordinal)).Select(l => l.Split(' ')[0]));
        Assert.Contains("render+write   0.25 s  0.40 s CPU   1234 MB allocated  20 pages", lines);
        Assert.Contains("load           0.01 s  0.02 s CPU      3 MB allocated", lines);
    }

    [Fact]
    public void On_a_terminal_one_line_is_redrawn_in_place_and_cleared_at_the_end()
    {
        var output = new StringWriter();
        var display = new ProgressDisplay(Terminal.Plain(output, TextWriter.Null) with { OutIsInteractive = true });

        Render(display, 50);
        display.Clear();

        var text = output.ToString();
        Assert.DoesNotContain("\n", text, StringComparison.Ordinal);
        Assert.Contains("\r\u001b[Kloading the archive…", text, StringComparison.Ordinal);
        Assert.Contains("\r\u001b[Krendering pages [########################] 50/50", text, StringComparison.Ordinal);
        Assert.EndsWith("\r\u001b[K", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Quiet_shows_nothing_even_on_a_terminal()
    {
        var output = new StringWriter();
        var display = new ProgressDisplay(Terminal.Plain(output, TextWriter.Null) with { OutIsInteractive = true, Verbosity = Verbosity.Quiet });

        Render(display, 1000);
        display.Clear();

        Assert.Equal("", output.ToString());
    }

    private static void Render(ProgressDisplay progress, int pages)
    {
        foreach (var stage in new[] { BuildStage.Load, BuildStage.Model, BuildStage.Graph })
        {
            progress.StageStarted(stage);
            progress.StageFinished(new StageTiming(stage, TimeSpan.FromMilliseconds(10), 3 * 1024 * 1024, TimeSpan.FromMilliseconds(20)));
        }

        progress.StageStarted(BuildStage.Render);
        progress.PagesToRender(pages);
        Parallel.For(0, pages, _ => progress.PageRendered());
        progress.StageFinished(new StageTiming(BuildStage.Render, TimeSpan.FromMilliseconds(250), 1234L * 1024 * 1024, TimeSpan.FromMilliseconds(400)));
        foreach (var stage in new[] { BuildStage.Search, BuildStage.Books, BuildStage.Check })
        {
            progress.StageStarted(stage);
            progress.StageFinished(new StageTiming(stage, TimeSpan.FromMilliseconds(10), 3 * 1024 * 1024, TimeSpan.FromMilliseconds(20)));
        }
    }
}
