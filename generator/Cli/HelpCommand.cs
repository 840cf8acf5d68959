using Broadsheet.Cli.Output;

namespace Broadsheet.Cli;

/// <summary><c>broadsheet [COMMAND] --help</c>: the help of one command, already formatted.</summary>
public sealed class HelpCommand(string text) : ICommand
{
    public int Run(Terminal terminal)
    {
        terminal.Out.Write(text);
        return ExitCode.Success;
    }
}
