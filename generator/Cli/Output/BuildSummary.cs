using Broadsheet.Load;
using Broadsheet.Progress;

namespace Broadsheet.Cli.Output;

/// <summary>The closing lines of a build: what was built, what it holds, and how long each stage took.</summary>
public static class BuildSummary
{
    public static IReadOnlyList<string> Lines(BuildResult result, BuildOptions options, TimeSpan elapsed, TextStyle style)
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

        return
        [
            $"{style.Green("built")} {result.Pages} pages from {options.Source} into {output} in {ProgressDisplay.Seconds(elapsed)}: "
                + $"{Plural(result.Articles, "article")}, {Plural(result.Issues, "issue")}, {Plural(result.Topics, "topic")}",
            $"  {result.Pages - result.Skipped} pages written, {result.Skipped} unchanged; {result.FilesWritten} of {result.Files} files written; "
                + $"{result.LinksChecked} links checked{warnings}",
            "  " + string.Join(", ", result.Timings.Select(t => $"{StageTiming.NameOf(t.Stage)} {ProgressDisplay.Seconds(t.Elapsed)}")),
        ];
    }

    private static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}
