using Broadsheet.Cli.Output;

namespace Broadsheet.Cli;

/// <summary>A command the program can run; returns the exit code.</summary>
public interface ICommand
{
    int Run(Terminal terminal);
}
