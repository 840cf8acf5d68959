using Broadsheet.Build;
using Broadsheet.Common;
using Broadsheet.Load;
using Broadsheet.Progress;

namespace Broadsheet.Cli.Output;

/// <summary>The closing lines of a build: what was built, what it holds, how long each stage took and, with --verbose, the memory it used.</summary>
public static class BuildSummary
{
    /// <param name="peakWorkingSet">The process's peak working set in bytes, shown with each stage's allocations (--verbose); null to show times only.</param>
    public static IReadOnlyList<string> Lines(BuildResult result, BuildOptions options, TimeSpan elapsed, TextStyle style, long? peakWorkingSet = null)
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
            + (peakWorkingSet is null ? "" : $" ({ProgressDisplay.Megabytes(t.AllocatedBytes)})"));
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
        if (peakWorkingSet is { } peak)
        {
            lines.Add($"  allocated {ProgressDisplay.Megabytes(result.Timings.Sum(t => t.AllocatedBytes))} in all; peak working set {ProgressDisplay.Megabytes(peak)}");
        }

        return lines;
    }

    /// <summary>A count and its noun, agreeing: "1 page", "2 pages".</summary>
    internal static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}
