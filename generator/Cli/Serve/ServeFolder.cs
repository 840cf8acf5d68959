namespace Broadsheet.Cli.Serve;

/// <summary>
/// Where serve builds the site: a folder of its own under the system's temp folder, never the user's output/.
/// It is deleted when serve stops; one left by a serve that was killed is deleted by the next.
/// </summary>
public sealed class ServeFolder : IDisposable
{
    private ServeFolder(string path) => Path = path;

    /// <summary>This serve's folder; the site is built into <see cref="Site"/> inside it.</summary>
    public string Path { get; }

    public string Site => System.IO.Path.Combine(Path, "site");

    /// <summary>The build cache of <see cref="Site"/>: after the first build, a save rebuilds only what it changed.</summary>
    public string Cache => System.IO.Path.Combine(Path, "cache");

    public static ServeFolder Create()
    {
        var parent = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "broadsheet-serve");
        Directory.CreateDirectory(parent);
        foreach (var folder in Directory.EnumerateDirectories(parent))
        {
            if (int.TryParse(System.IO.Path.GetFileName(folder), out var pid) && !IsRunning(pid))
            {
                TryDelete(folder);
            }
        }

        var path = System.IO.Path.Combine(parent, Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        TryDelete(path);
        Directory.CreateDirectory(path);
        return new ServeFolder(path);
    }

    public void Dispose() => TryDelete(Path);

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Another serve is using it, or it is half gone: the temp folder is the system's to clean.
        }
    }
}
