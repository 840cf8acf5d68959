namespace Broadsheet.Cli.Output;

/// <summary>How much the program prints besides errors and warnings: <c>--quiet</c>, normal or <c>--verbose</c>.</summary>
public enum Verbosity
{
    Quiet,
    Normal,
    Verbose,
}
