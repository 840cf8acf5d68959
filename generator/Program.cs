using Broadsheet.Cli;
using Broadsheet.Cli.Output;

namespace Broadsheet;

/// <summary>Arguments → command → exit code (0 done, 1 content errors, 2 usage, 3 a bug).</summary>
public static class Program
{
    public static int Main(string[] args) => Run(args, Terminal.FromConsole());

    public static int Run(IReadOnlyList<string> args, Terminal terminal)
    {
        ParsedCommand parsed;
        try
        {
            parsed = CommandLine.Parse(args, terminal.Width);
        }
        catch (UsageException e)
        {
            foreach (var problem in e.Problems.DefaultIfEmpty(e.Message))
            {
                terminal.Error.WriteLine($"{terminal.ErrorStyle.Red("error:")} {problem}");
            }

            terminal.Error.WriteLine();
            terminal.Error.Write(e.Help);
            return ExitCode.Usage;
        }

        try
        {
            return parsed.Command.Run(terminal with { Verbosity = parsed.Verbosity });
        }
        catch (CommandFailedException e)
        {
            terminal.Error.WriteLine($"{terminal.ErrorStyle.Red("error:")} {e.Message}");
            return e.ExitCode;
        }
#pragma warning disable CA1031 // The last line of defence: any exception that is not a user error is a bug, printed whole.
        catch (Exception e)
#pragma warning restore CA1031
        {
            terminal.Error.WriteLine("internal error: this is a bug in broadsheet, not in your content; please report it with this text:");
            terminal.Error.WriteLine(e.ToString());
            return ExitCode.InternalError;
        }
    }
}
