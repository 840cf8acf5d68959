using Broadsheet.Cli.Output;

namespace Broadsheet.Cli;

/// <summary>What the command line asked for: the command to run and how much to print while it runs.</summary>
public sealed record ParsedCommand(ICommand Command, Verbosity Verbosity);
