using System.Reflection;
using Broadsheet.Cli.Output;

namespace Broadsheet.Cli;

/// <summary><c>broadsheet --version</c>.</summary>
public sealed class VersionCommand : ICommand
{
    private static readonly string[] Informational =
        (typeof(VersionCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown").Split('+');

    /// <summary>The version, as the package is numbered: 0.1.0 in a build from the repository, 0.1.0.N in a packed tool.</summary>
    public static string Version => Informational[0];

    /// <summary>The commit it was built from, shortened; null when the build did not know it.</summary>
    public static string? Commit => Informational.Length > 1 && Informational[1].Length >= 7 ? Informational[1][..7] : null;

    public int Run(Terminal terminal)
    {
        terminal.Out.WriteLine(Commit is { } commit ? $"broadsheet {Version} (commit {commit})" : $"broadsheet {Version}");
        return ExitCode.Success;
    }
}
