namespace Broadsheet.Cli.Output;

/// <summary>
/// Where the program prints and how: live progress and colours only where a stream is a terminal, plain lines when it
/// is redirected (CI logs, pipes, tests) or when <c>NO_COLOR</c> is set.
/// </summary>
/// <param name="OutIsInteractive">Standard output is a terminal: progress may redraw its line in place.</param>
/// <param name="OutStyle">Colours for standard output.</param>
/// <param name="ErrorStyle">Colours for standard error, where diagnostics go.</param>
/// <param name="Width">Columns to wrap help text at.</param>
public sealed record Terminal(
    TextWriter Out,
    TextWriter Error,
    bool OutIsInteractive,
    TextStyle OutStyle,
    TextStyle ErrorStyle,
    int Width,
    Verbosity Verbosity = Verbosity.Normal)
{
    private const int RedirectedWidth = 100;

    /// <summary>Plain text to two writers, as when both streams are redirected.</summary>
    public static Terminal Plain(TextWriter stdout, TextWriter stderr) =>
        new(stdout, stderr, OutIsInteractive: false, TextStyle.Plain, TextStyle.Plain, RedirectedWidth);

    /// <summary>The process's own console, with colours where a stream is a terminal and <c>NO_COLOR</c> is not set.</summary>
    public static Terminal FromConsole() =>
        Create(Console.Out, Console.Error, !Console.IsOutputRedirected, !Console.IsErrorRedirected, Environment.GetEnvironmentVariable);

    /// <summary>Colours only on a terminal, and not when <c>NO_COLOR</c> is set (no-color.org) or <c>TERM</c> is <c>dumb</c>.</summary>
    public static Terminal Create(TextWriter stdout, TextWriter stderr, bool outIsTerminal, bool errorIsTerminal, Func<string, string?> environment)
    {
        var noColor = !string.IsNullOrEmpty(environment("NO_COLOR")) || environment("TERM") == "dumb";
        return new Terminal(
            stdout,
            stderr,
            outIsTerminal,
            new TextStyle(outIsTerminal && !noColor),
            new TextStyle(errorIsTerminal && !noColor),
            outIsTerminal ? WindowWidth() : RedirectedWidth);
    }

    public bool IsQuiet => Verbosity == Verbosity.Quiet;

    public bool IsVerbose => Verbosity == Verbosity.Verbose;

    private static int WindowWidth()
    {
        try
        {
            return Console.WindowWidth > 20 ? Console.WindowWidth : RedirectedWidth;
        }
        catch (IOException)
        {
            return RedirectedWidth;
        }
    }
}
