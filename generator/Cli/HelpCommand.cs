namespace Broadsheet.Cli;

/// <summary><c>broadsheet --help</c>.</summary>
public sealed class HelpCommand : ICommand
{
    public int Run(TextWriter stdout, TextWriter stderr)
    {
        stdout.WriteLine(Usage.Text);
        return ExitCode.Success;
    }
}
