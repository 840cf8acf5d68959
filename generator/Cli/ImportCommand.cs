using Broadsheet.Cli.Output;
using Broadsheet.Import;

namespace Broadsheet.Cli;

/// <summary>
/// <c>broadsheet import KIND INPUT</c>: writes a source folder from another system's archive, with progress on long
/// imports, a summary line, and the report beside the folder. On a dry run it lists what it would write.
/// </summary>
public sealed class ImportCommand(ImportOptions options) : ICommand
{
    public ImportOptions Options => options;

    public int Run(Terminal terminal)
    {
        ImportOutcome outcome;
        var progress = new ImportProgress(terminal);
        try
        {
            outcome = ArchiveImporter.Run(options, progress, (verb, path) =>
            {
                if ((options.DryRun && verb != "unchanged") || terminal.IsVerbose)
                {
                    progress.Line($"{(options.DryRun ? "would " : "")}{verb} {path}");
                }
            });
        }
        catch (Exception e) when (e is ImportFailedException or IOException or UnauthorizedAccessException)
        {
            // A file that cannot be read or written (permissions, a full disk) is the user's to fix, like a refused input.
            progress.Clear();
            terminal.Error.WriteLine($"{terminal.ErrorStyle.Red("error:")} {(e is ImportFailedException failed ? failed.Describe() : e.Message)}");
            if (!options.DryRun)
            {
                terminal.Error.WriteLine("the import stopped; files written before the error are kept, and a run after the fix brings the folder up to date");
            }

            return ExitCode.ContentErrors;
        }

        progress.Clear();
        if (!terminal.IsQuiet)
        {
            terminal.Out.WriteLine(options.DryRun ? $"dry run, nothing written: {outcome.Summary}" : outcome.Summary);
            terminal.Out.WriteLine(options.DryRun
                ? $"  would create {outcome.Created} files and update {outcome.Updated}; {outcome.Unchanged} unchanged, {outcome.Kept} kept as they were edited (--force to overwrite)"
                : $"  {outcome.Created} files created, {outcome.Updated} updated, {outcome.Unchanged} unchanged, {outcome.Kept} kept as they were edited (--force to overwrite)");
            terminal.Out.WriteLine($"  report: {outcome.ReportPath}{(options.DryRun ? " (not written)" : "")}");
        }

        foreach (var warning in outcome.Log.Warnings.Take(terminal.IsVerbose ? int.MaxValue : 20))
        {
            terminal.Error.WriteLine($"{warning.Subject}: {terminal.ErrorStyle.Yellow("warning:")} {warning.Message}");
        }

        if (!terminal.IsVerbose && outcome.Log.Warnings.Count > 20)
        {
            terminal.Error.WriteLine($"... and {outcome.Log.Warnings.Count - 20} more warnings in {outcome.ReportPath}");
        }

        return ExitCode.Success;
    }
}
