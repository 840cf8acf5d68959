using System.Diagnostics;
using Broadsheet.Build;
using Broadsheet.Cli.Output;
using Broadsheet.Common;
using Broadsheet.Diagnostics;
using Broadsheet.Load;

namespace Broadsheet.Cli;

/// <summary><c>broadsheet build</c>: runs the pipeline with a progress display and reports what it did or every error it found.</summary>
public sealed class BuildCommand(BuildOptions options) : ICommand
{
    public BuildOptions Options => options;

    public int Run(Terminal terminal)
    {
        var clock = Stopwatch.StartNew();
        var progress = new ProgressDisplay(terminal);
        // Asked for beside the listing of the sources, which a build with nothing changed waits for.
        var hold = Task.Run(() => CollectorHold.For(options));
        try
        {
            var result = new SiteBuild(options, progress).Run();
            progress.Clear();
            new DiagnosticPrinter(terminal.Error, terminal.ErrorStyle).Print(result.Warnings);
            if (terminal.IsQuiet)
            {
                return ExitCode.Success;
            }

            foreach (var note in result.Notes)
            {
                terminal.Out.WriteLine($"note: {note}");
            }

            foreach (var line in BuildSummary.Lines(result, options, clock.Elapsed, terminal.OutStyle, terminal.IsVerbose ? ProcessFigures.Now() : null))
            {
                terminal.Out.WriteLine(line);
            }

            return ExitCode.Success;
        }
        catch (BuildFailedException e)
        {
            progress.Clear();

            // The pages the Check stage read were in the staging folder, now gone: the output still holds the old site.
            new DiagnosticPrinter(terminal.Error, terminal.ErrorStyle, new SourceLines(unreadableFolder: options.Output)).Print(e.Diagnostics);
            var why = options.WarningsAsErrors && e.Diagnostics.All(d => d.Severity == Severity.Warning) ? " (--warnings-as-errors)" : "";
            terminal.Error.WriteLine($"build failed: {DiagnosticPrinter.Count(e.Diagnostics)}{why}; {DisplayPath.Of(Path.GetFullPath(options.Output))} was left as it was");
            return ExitCode.ContentErrors;
        }
        finally
        {
            progress.Clear();
            hold.GetAwaiter().GetResult().Dispose();
        }
    }
}
