using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace Broadsheet.Tests.Cli;

/// <summary>
/// The tool as users install it: <c>dotnet pack</c>, then <c>dotnet tool install</c> from that folder into a tool path,
/// with every other package source cleared, so nothing is fetched; then the installed <c>broadsheet</c> runs.
/// </summary>
[Trait("Category", Category.Slow)]
public sealed class PackTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    [Fact]
    public void The_packed_tool_installs_into_a_tool_path_and_builds_an_archive()
    {
        using var temp = new TempFolder();
        var packages = temp.Combine("packages");
        var tools = temp.Combine("tools");

        // Built apart from the repository's own bin/ and obj/, so the tests running now are not disturbed.
        var pack = Run("dotnet", RepoPaths.Root, "pack", Path.Combine(RepoPaths.Root, "generator", "Broadsheet.csproj"), "--configuration", "Release",
            "--output", packages, $"-p:OutputPath={temp.Combine("bin")}/", $"-p:IntermediateOutputPath={temp.Combine("obj")}/");
        Assert.True(pack.ExitCode == 0, pack.Output);
        var package = Assert.Single(Directory.GetFiles(packages, "*.nupkg"));
        // Each pack is numbered anew (0.1.0.N), so dotnet tool update installs a package rebuilt at the same version.
        Assert.Matches(@"^Broadsheet\.\d+\.\d+\.\d+\.\d+\.nupkg$", Path.GetFileName(package));

        var config = temp.Write("nuget.config", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <packageSources>\n    <clear />\n  </packageSources>\n</configuration>\n");
        var install = Run("dotnet", temp.Path, "tool", "install", "Broadsheet", "--tool-path", tools, "--add-source", packages, "--configfile", config);
        Assert.True(install.ExitCode == 0, install.Output);
        Assert.Contains("Tool 'broadsheet' (version '", install.Output, StringComparison.Ordinal);

        var broadsheet = Path.Combine(tools, OperatingSystem.IsWindows() ? "broadsheet.exe" : "broadsheet");
        var version = Run(broadsheet, temp.Path, "--version");
        Assert.Equal(0, version.ExitCode);
        var packed = Path.GetFileName(package)["Broadsheet.".Length..^".nupkg".Length];
        Assert.Matches($@"^broadsheet {Regex.Escape(packed)} \(commit [0-9a-f]{{7}}\)\n$", version.Output);

        // The default theme is inside the tool: an archive with no templates of its own builds from any folder.
        TempFolder.CopyFolder(Path.Combine(RepoPaths.Tests, "Golden", "small-archive", "site-content"), temp.Combine("paper", "site-content"));
        var build = Run(broadsheet, temp.Combine("paper"), "build", "--quiet");
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.True(File.Exists(temp.Combine("paper", "output", "index.html")));
        Assert.True(File.Exists(temp.Combine("paper", "output", "assets", "style.css")));
    }

    private static (int ExitCode, string Output) Run(string program, string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // The installed tool's launcher finds the runtime the tests run on.
        start.Environment["DOTNET_ROOT"] = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', args)} did not finish in {Timeout.TotalMinutes} minutes");
        }

        return (process.ExitCode, (stdout.Result + stderr.Result).ReplaceLineEndings("\n"));
    }
}
