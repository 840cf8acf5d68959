using Broadsheet.Cli.Output;
using Broadsheet.Cli.Scaffold;
using Broadsheet.Diagnostics;

namespace Broadsheet.Cli;

/// <summary>
/// <c>broadsheet new article|issue|topic|site</c>: creates content files with valid front matter and slugified names,
/// checking every id against the archive; never overwrites a file.
/// </summary>
public sealed class NewCommand(IScaffold scaffold) : ICommand
{
    public IScaffold Scaffold => scaffold;

    public int Run(Terminal terminal)
    {
        ArchiveIndex? archive;
        try
        {
            archive = scaffold.Source is { } source ? ArchiveIndex.Load(source) : null;
        }
        catch (BuildFailedException e)
        {
            new DiagnosticPrinter(terminal.Error, terminal.ErrorStyle).Print(e.Diagnostics);
            terminal.Error.WriteLine($"error: the archive in {scaffold.Source} cannot be read; fix the errors above first, nothing was written");
            return ExitCode.ContentErrors;
        }

        var plan = scaffold.Plan(archive);
        ScaffoldWriter.Write(plan.Files);
        if (!terminal.IsQuiet)
        {
            foreach (var file in plan.Files.Where(f => !Path.GetFileName(f.Path).StartsWith('.')))
            {
                terminal.Out.WriteLine($"{terminal.OutStyle.Green("created")} {file.Path}");
            }

            foreach (var note in plan.Notes)
            {
                terminal.Out.WriteLine($"note: {note}");
            }
        }

        return ExitCode.Success;
    }
}
