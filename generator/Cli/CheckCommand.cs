using Broadsheet.Check;
using Broadsheet.Diagnostics;
using Broadsheet.Load;

namespace Broadsheet.Cli;

/// <summary><c>broadsheet check [DIR]</c>: checks the links, anchors and images of a site already built.</summary>
public sealed class CheckCommand(string folder) : ICommand
{
    public string Folder => folder;

    public int Run(TextWriter stdout, TextWriter stderr)
    {
        if (!Directory.Exists(folder))
        {
            stderr.WriteLine($"{folder}: error: there is no such folder; build the site first or name the folder that holds it");
            return ExitCode.ContentErrors;
        }

        var diagnostics = new DiagnosticBag();
        var report = new LinkChecker(diagnostics).Check(folder, DisplayPath.Of(Path.GetFullPath(folder)));
        var found = diagnostics.Sorted();
        DiagnosticPrinter.Print(found, stderr);
        if (diagnostics.HasErrors)
        {
            stderr.WriteLine($"check failed: {DiagnosticPrinter.Count(found)} in {report.Pages} pages");
            return ExitCode.ContentErrors;
        }

        stdout.WriteLine($"checked {report.Pages} pages and {report.Links} links: all resolve");
        return ExitCode.Success;
    }
}
