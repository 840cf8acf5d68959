using Broadsheet.Cli;

namespace Broadsheet;

/// <summary>Arguments → command → exit code (0 done, 1 content errors, 2 usage, 3 a bug).</summary>
public static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        ICommand command;
        try
        {
            command = CommandLine.Parse(args);
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"error: {e.Message}");
            stderr.WriteLine();
            stderr.WriteLine(Usage.Text);
            return ExitCode.Usage;
        }

        try
        {
            return command.Run(stdout, stderr);
        }
#pragma warning disable CA1031 // The last line of defence: any exception that is not a user error is a bug, printed whole.
        catch (Exception e)
#pragma warning restore CA1031
        {
            stderr.WriteLine("internal error: this is a bug in broadsheet, not in your content; please report it with this text:");
            stderr.WriteLine(e.ToString());
            return ExitCode.InternalError;
        }
    }
}
