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
        return
        [
            $"{style.Green("built")} {result.Pages} pages from {options.Source} into {output} in {ProgressDisplay.Seconds(elapsed)}: "
                + $"{Plural(result.Articles, "article")}, {Plural(result.Issues, "issue")}, {Plural(result.Topics, "topic")}",
            $"  {result.Pages - result.Skipped} pages written, {result.Skipped} skipped as unchanged, {result.Files} files in all; "
                + $"{result.LinksChecked} links checked{warnings}",
            "  " + string.Join(", ", result.Timings.Select(t => $"{StageTiming.NameOf(t.Stage)} {ProgressDisplay.Seconds(t.Elapsed)}")),
        ];
    }

    private static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}
