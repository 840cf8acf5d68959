using Broadsheet.Build;
using Broadsheet.Common;
using Broadsheet.Load;
using Broadsheet.Progress;

namespace Broadsheet.Cli.Output;

/// <summary>The closing lines of a build: what was built, what it holds, how long each stage took and, with --verbose, the memory it used.</summary>
public static class BuildSummary
{
    /// <param name="figures">The process's memory, collections and JIT, shown with each stage's allocations (--verbose); null to show times only.</param>
    public static IReadOnlyList<string> Lines(BuildResult result, BuildOptions options, TimeSpan elapsed, TextStyle style, ProcessFigures? figures = null)
    {
        var warnings = result.Warnings.Count > 0 ? $"; {DiagnosticPrinter.Count(result.Warnings)}" : "";
        var output = DisplayPath.Of(Path.GetFullPath(options.Output));
        if (result.Unchanged)
        {
            return
            [
                $"{style.Green("up to date")}: nothing changed since the last build of {options.Source} into {output}; no file written "
                    + $"({ProgressDisplay.Seconds(elapsed)}; --no-cache builds everything again){warnings}",
            ];
        }

        var stages = result.Timings.Select(t => $"{StageTiming.NameOf(t.Stage)} {ProgressDisplay.Seconds(t.Elapsed)}"
            + (figures is null ? "" : $" ({ProgressDisplay.Megabytes(t.AllocatedBytes)})"));
        List<string> lines =
        [
            $"{style.Green("built")} {Plural(result.Pages, "page")} from {options.Source} into {output} in {ProgressDisplay.Seconds(elapsed)}: "
                + $"{Plural(result.Articles, "article")}, {Plural(result.Issues, "issue")}, {Plural(result.Topics, "topic")}",
            $"  {Plural(result.Pages - result.Skipped, "page")} written, {result.Skipped} unchanged"
                + (result.Unseen > 0 ? $" ({result.Unseen} known so without making their views)" : "")
                + $"; {result.FilesWritten} of {Plural(result.Files, "file")} written; "
                + (result.PhotographsMade > 0 ? $"{Plural(result.PhotographsMade, "photograph")} sized; " : "")
                + $"{Plural(result.LinksChecked, "link")} checked{warnings}",
            "  " + string.Join(", ", stages),
        ];
        if (figures is { Collections: var (gen0, gen1, gen2) })
        {
            lines.Add($"  allocated {ProgressDisplay.Megabytes(result.Timings.Sum(t => t.AllocatedBytes))} in all; peak working set {ProgressDisplay.Megabytes(figures.PeakWorkingSet)}");
            lines.Add($"  {Plural(gen0, "garbage collection")} ({gen1} of gen 1, {gen2} of gen 2), paused {ProgressDisplay.Seconds(figures.Paused)}; "
                + $"{Plural((int)figures.MethodsJitted, "method")} compiled by the JIT in {ProgressDisplay.Seconds(figures.Jitting)}");
        }

        return lines;
    }

    /// <summary>A count and its noun, agreeing: "1 page", "2 pages".</summary>
    internal static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}
