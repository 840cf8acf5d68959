using System.Diagnostics;
using Broadsheet.Cli.Output;
using Broadsheet.Diagnostics;
using Broadsheet.Load;

namespace Broadsheet.Cli;

/// <summary><c>broadsheet build</c>: runs the pipeline and reports what it did or every error it found.</summary>
public sealed class BuildCommand(BuildOptions options) : ICommand
{
    public BuildOptions Options => options;

    public int Run(Terminal terminal)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var result = new SiteBuild(options).Run();
            new DiagnosticPrinter(terminal.Error, terminal.ErrorStyle).Print(result.Warnings);
            if (terminal.IsQuiet)
            {
                return ExitCode.Success;
            }

            foreach (var note in result.Notes)
            {
                terminal.Out.WriteLine($"note: {note}");
            }

            terminal.Out.WriteLine(
                $"built {result.Pages} pages ({result.Files} files) from {options.Source} into {options.Output} " +
                $"in {clock.Elapsed.TotalSeconds:0.00} s; {result.LinksChecked} links checked" +
                (result.Warnings.Count > 0 ? $"; {DiagnosticPrinter.Count(result.Warnings)}" : ""));
            return ExitCode.Success;
        }
        catch (BuildFailedException e)
        {
            // The pages the Check stage read were in the staging folder, now gone: the output still holds the old site.
            new DiagnosticPrinter(terminal.Error, terminal.ErrorStyle, new SourceLines(unreadableFolder: options.Output)).Print(e.Diagnostics);
            var why = options.WarningsAsErrors && e.Diagnostics.All(d => d.Severity == Severity.Warning) ? " (--warnings-as-errors)" : "";
            terminal.Error.WriteLine($"build failed: {DiagnosticPrinter.Count(e.Diagnostics)}{why}; {DisplayPath.Of(Path.GetFullPath(options.Output))} was left as it was");
            return ExitCode.ContentErrors;
        }
    }
}
