using System.Diagnostics;
using System.Security.Cryptography;

namespace Broadsheet.Tests.Cli;

/// <summary>A build killed with SIGKILL at any moment leaves the old site or the new one, never a mix.</summary>
[Trait("Category", Category.Slow)]
public sealed class KilledBuildTests
{
    [Fact]
    public void A_build_killed_at_any_moment_leaves_the_old_output_or_the_new_one()
    {
        using var temp = new TempFolder();
        var oldSource = temp.Combine("old-content");
        var newSource = temp.Combine("new-content");
        TempFolder.CopyFolder(RepoPaths.SampleContent, oldSource);
        TempFolder.CopyFolder(RepoPaths.SampleContent, newSource);
        File.Delete(Path.Combine(newSource, "articles", "2024", "03", "tolpuddle-martyrs.md"));
        File.WriteAllText(Path.Combine(newSource, "site.yml"), File.ReadAllText(Path.Combine(newSource, "site.yml")).Replace("The Weekly Broadsheet", "The New Broadsheet", StringComparison.Ordinal));

        var output = temp.Combine("output");
        Assert.Equal(0, BroadsheetProcess.Run(temp.Path, "build", "--source", newSource, "--output", output).ExitCode);
        var newSite = Snapshot(output);
        Assert.Equal(0, BroadsheetProcess.Run(temp.Path, "build", "--source", oldSource, "--output", output).ExitCode);
        var oldSite = Snapshot(output);
        Assert.NotEqual(oldSite.Count, newSite.Count);

        var outcomes = new HashSet<string>();
        var random = new Random(1926);
        for (var attempt = 0; attempt < 12; attempt++)
        {
            var delay = random.Next(0, 1500);
            var process = Start(temp.Path, "build", "--source", newSource, "--output", output);
            var finished = process.WaitForExit(delay);
            if (!finished)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }

            var site = Snapshot(output);
            var isOld = Same(site, oldSite);
            var isNew = Same(site, newSite);
            Assert.True(isOld || isNew, $"after a kill at {delay} ms the output is neither the old site nor the new one");
            outcomes.Add(isNew ? "new" : "old");

            // Put the old site back for the next attempt.
            Assert.Equal(0, BroadsheetProcess.Run(temp.Path, "build", "--source", oldSource, "--output", output).ExitCode);
        }

        // A stale staging folder from a killed build never lingers into the next one.
        Assert.DoesNotContain(Directory.EnumerateDirectories(temp.Path), d => Path.GetFileName(d).StartsWith(".output.staging-", StringComparison.Ordinal));
        Assert.Contains("old", outcomes);
    }

    private static Process Start(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(RepoPaths.BroadsheetDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        FolderComparer.Files(folder).ToDictionary(f => f, f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Path.Combine(folder, f)))), StringComparer.Ordinal);

    private static bool Same(Dictionary<string, string> a, Dictionary<string, string> b) =>
        a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var hash) && hash == kv.Value);
}
