namespace Broadsheet.Tests.Cli;

/// <summary>
/// A test that runs the program on a pseudo-terminal with util-linux's <c>script</c> (on every Debian and Ubuntu);
/// skipped where it is not installed.
/// </summary>
public sealed class TerminalFactAttribute : FactAttribute
{
    public TerminalFactAttribute()
    {
        if (!File.Exists("/usr/bin/script") && !File.Exists("/bin/script"))
        {
            Skip = "util-linux's script is not installed, so there is no pseudo-terminal to run on";
        }
    }
}
