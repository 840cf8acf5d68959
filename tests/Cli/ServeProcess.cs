using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Broadsheet.Tests.Cli;

/// <summary>
/// <c>broadsheet serve --port 0</c> running in a child process, as a user runs it; disposing it kills it. What it prints
/// is collected as it comes, and its address read from its "serving http://…" line.
/// </summary>
internal sealed partial class ServeProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();
    private readonly Lock _lock = new();

    private ServeProcess(Process process) => _process = process;

    /// <summary>The site's root, ending in '/'.</summary>
    public string BaseUrl { get; private set; } = "";

    public string Stdout
    {
        get
        {
            lock (_lock)
            {
                return _stdout.ToString();
            }
        }
    }

    public string Stderr
    {
        get
        {
            lock (_lock)
            {
                return _stderr.ToString();
            }
        }
    }

    public static ServeProcess Start(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { RepoPaths.BroadsheetDll, "serve", "--port", "0" }.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        var serve = new ServeProcess(Process.Start(start)!);
        serve._process.OutputDataReceived += (_, e) => serve.Append(serve._stdout, e.Data);
        serve._process.ErrorDataReceived += (_, e) => serve.Append(serve._stderr, e.Data);
        serve._process.BeginOutputReadLine();
        serve._process.BeginErrorReadLine();
        try
        {
            serve.BaseUrl = Poll.Until(() => Address().Match(serve.Stdout) is { Success: true } m ? m.Groups[1].Value : null, TimeSpan.FromSeconds(60), () => $"serve never said where it serves:\n{serve.Stdout}\n{serve.Stderr}");
        }
        catch
        {
            serve.Dispose();
            throw;
        }

        return serve;
    }

    public void Dispose()
    {
        var pid = _process.Id;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.WaitForExit(10_000);
        _process.Dispose();

        // Killed, serve could not delete the folder it built in (the next serve would): leave no litter behind.
        var folder = Path.Combine(Path.GetTempPath(), "broadsheet-serve", pid.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [GeneratedRegex(@"serving (http://[\d.]+:\d+/)")]
    private static partial Regex Address();

    private void Append(StringBuilder to, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lock)
        {
            to.Append(line).Append('\n');
        }
    }
}
