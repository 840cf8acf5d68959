using System.Reflection;
using Broadsheet.Cli.Output;

namespace Broadsheet.Cli;

/// <summary><c>broadsheet --version</c>.</summary>
public sealed class VersionCommand : ICommand
{
    public static string Version =>
        typeof(VersionCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? "unknown";

    public int Run(Terminal terminal)
    {
        terminal.Out.WriteLine($"broadsheet {Version}");
        return ExitCode.Success;
    }
}
