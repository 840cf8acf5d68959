using Broadsheet.Check;
using Broadsheet.Cli.Output;
using Broadsheet.Common;
using Broadsheet.Diagnostics;
using Broadsheet.Load;

namespace Broadsheet.Cli;

/// <summary><c>broadsheet check [DIR]</c>: checks the links, anchors and images of a site already built.</summary>
public sealed class CheckCommand(string folder) : ICommand
{
    public string Folder => folder;

    public int Run(Terminal terminal)
    {
        if (!Directory.Exists(folder))
        {
            terminal.Error.WriteLine($"{folder}: error: there is no such folder; build the site first or name the folder that holds it");
            return ExitCode.ContentErrors;
        }

        var diagnostics = new DiagnosticBag();
        var report = new FolderChecker(diagnostics).Check(folder, DisplayPath.Of(Path.GetFullPath(folder)));
        var found = diagnostics.Sorted();
        new DiagnosticPrinter(terminal.Error, terminal.ErrorStyle).Print(found);
        if (diagnostics.HasErrors)
        {
            terminal.Error.WriteLine($"check failed: {DiagnosticPrinter.Count(found)} in {report.Pages} pages");
            return ExitCode.ContentErrors;
        }

        if (!terminal.IsQuiet)
        {
            terminal.Out.WriteLine($"checked {BuildSummary.Plural(report.Pages, "page")} and {BuildSummary.Plural(report.Links, "link")}: all resolve");
        }

        return ExitCode.Success;
    }
}
