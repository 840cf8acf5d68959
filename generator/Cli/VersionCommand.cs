using System.Reflection;

namespace Broadsheet.Cli;

/// <summary><c>broadsheet --version</c>.</summary>
public sealed class VersionCommand : ICommand
{
    public static string Version =>
        typeof(VersionCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? "unknown";

    public int Run(TextWriter stdout, TextWriter stderr)
    {
        stdout.WriteLine($"broadsheet {Version}");
        return ExitCode.Success;
    }
}
