using System.Text;
using Broadsheet.Common;

namespace Broadsheet.Write;

/// <summary>
/// A fresh folder beside the output that a build writes into; only a build that succeeded swaps it in,
/// so a failed build leaves the previous output exactly as it was.
/// </summary>
public sealed class StagingFolder
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly string _output;
    private readonly string? _previousTree;
    private readonly bool _fromPreviousTree;
    private bool _linked;

    private StagingFolder(string output, string path, string? previousTree, bool fromPreviousTree)
    {
        _output = output;
        Path = path;
        _previousTree = previousTree;
        _fromPreviousTree = fromPreviousTree;
    }

    /// <summary>The staging folder's full path.</summary>
    public string Path { get; }

    /// <param name="previousTree">
    /// Where the output as it was before the last build is kept (<see cref="PreviousTree"/>), to start from and to keep
    /// this build's old output in; null to start empty and remove the old output after the swap.
    /// </param>
    public static StagingFolder Create(string outputFolder, string? previousTree = null)
    {
        // "output/" names the same folder as "output": without the separator, the staging folder lands beside it.
        var output = System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(outputFolder));
        var parent = System.IO.Path.GetDirectoryName(output)!;
        var name = System.IO.Path.GetFileName(output);
        Directory.CreateDirectory(parent);
        RemoveAbandoned(parent, name);
        var path = System.IO.Path.Combine(parent, $".{name}.staging-{Environment.ProcessId}");
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }

        if (previousTree is not null && Directory.Exists(previousTree) && Directory.Exists(output) && TryMove(previousTree, path))
        {
            return new StagingFolder(output, path, previousTree, fromPreviousTree: true);
        }

        if (previousTree is not null && Directory.Exists(previousTree))
        {
            Directory.Delete(previousTree, recursive: true);
        }

        Directory.CreateDirectory(path);
        return new StagingFolder(output, path, previousTree, fromPreviousTree: false);
    }

    /// <summary>Deletes the staging folders of an output left by builds that were killed.</summary>
    public static void RemoveAbandoned(string outputFolder)
    {
        var output = System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(outputFolder));
        var parent = System.IO.Path.GetDirectoryName(output)!;
        if (Directory.Exists(parent))
        {
            RemoveAbandoned(parent, System.IO.Path.GetFileName(output));
        }
    }

    /// <summary>Deletes staging folders left by builds that were killed: those whose process is gone.</summary>
    private static void RemoveAbandoned(string parent, string name)
    {
        var prefix = $".{name}.staging-";
        foreach (var folder in Directory.EnumerateDirectories(parent, prefix + "*"))
        {
            if (int.TryParse(System.IO.Path.GetFileName(folder)[prefix.Length..], out var pid) && !IsRunning(pid))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

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

    public void WriteText(string outputPath, string text) => File.WriteAllText(Prepare(outputPath), text, Utf8NoBom);

    /// <summary>
    /// Starts the staging folder as a copy of the output's <paramref name="files"/> made of hard links: no file is
    /// written, and a file the build then writes replaces its link, so the output itself is never changed in place.
    /// Files that cannot be linked (another file system, no hard links) are left out, and so are written afresh.
    /// </summary>
    /// <returns>The files now in the staging folder.</returns>
    /// <param name="stop">Stops the linking part-way, for a build that failed meanwhile (it throws <see cref="OperationCanceledException"/>).</param>
    /// <param name="held">The files the previous tree is known to hold (see <see cref="PreviousTree.BringUpToDate"/>); null to list it.</param>
    public IReadOnlySet<string> HardLinkFrom(IReadOnlyDictionary<string, (long Size, long Ticks)> files, IEnumerable<string>? held = null, CancellationToken stop = default)
    {
        if (!_fromPreviousTree && files.Count == 0)
        {
            return new HashSet<string>();
        }

        // Every path is checked first: a damaged manifest must not lead a link outside the staging folder.
        foreach (var file in files.Keys.Where(f => !SitePaths.StaysInside(f)))
        {
            Inside(file);
        }

        var present = PreviousTree.BringUpToDate(Path, _output, files, _fromPreviousTree ? held : null, stop);
        _linked = true;
        return present;
    }

    /// <summary>Removes a file linked in from the output that this build no longer makes, and folders left empty.</summary>
    public void Delete(string outputPath)
    {
        var full = Prepare(outputPath);
        File.Delete(full);
        for (var folder = System.IO.Path.GetDirectoryName(full)!; folder != Path && !Directory.EnumerateFileSystemEntries(folder).Any(); folder = System.IO.Path.GetDirectoryName(folder)!)
        {
            Directory.Delete(folder);
        }
    }

    public void WriteBytes(string outputPath, ReadOnlySpan<byte> bytes) => File.WriteAllBytes(Prepare(outputPath), bytes);

    /// <summary>A new file to write at <paramref name="outputPath"/>, unbuffered: the caller writes it in pieces of its own.</summary>
    public Stream Create(string outputPath) => new FileStream(Prepare(outputPath), FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0);

    public void Copy(string outputPath, string sourceFile) => File.Copy(sourceFile, Prepare(outputPath), overwrite: true);

    /// <summary>Puts a file made elsewhere here as a second name for it (a copy where links cannot be made); it is never written through.</summary>
    public void Link(string outputPath, string sourceFile)
    {
        var full = Prepare(outputPath);
        if (!HardLink.TryCreate(sourceFile, full))
        {
            File.Copy(sourceFile, full, overwrite: true);
        }
    }

    /// <summary>The full path of a file written here, for the Check stage to read back.</summary>
    public string FullPathOf(string outputPath) => System.IO.Path.Combine(Path, outputPath);

    /// <summary>
    /// Swaps the staging folder in for the output in one step, after copying in the output's dotfiles (.git, .nojekyll)
    /// and CNAME, which belong to the deployment rather than the build. A build killed at any moment leaves either
    /// the old output or the new one.
    /// </summary>
    /// <param name="written">What the build wrote, for the previous tree to follow (see <see cref="PreviousTree.Follow"/>); null to leave it to the next build.</param>
    /// <param name="oldOutputWhole">Whether the old output held the files the build started from, as the last build left them, and no others.</param>
    /// <returns>
    /// The removal of the old output, now in the staging folder's place, which goes on while the caller saves its cache
    /// (thousands of unlinks); the caller waits for it before it ends. A build killed meanwhile leaves the folder to
    /// <see cref="RemoveAbandoned(string)"/>. With a previous tree, the old output is kept there instead, and what goes
    /// on is bringing it up to date with the new output. Its result: whether the previous tree now holds the new output,
    /// file for file.
    /// </returns>
    public Task<bool> Commit(OutputWriter? written = null, bool oldOutputWhole = false)
    {
        if (!Directory.Exists(_output))
        {
            Directory.Move(Path, _output);
            return _previousTree is null || written is null
                ? Task.FromResult(false)
                : Task.Run(() => PreviousTree.Follow(_previousTree, _output, written.Files.Keys, []));
        }

        foreach (var entry in Directory.EnumerateFileSystemEntries(_output).Where(IsDeploymentEntry))
        {
            CopyEntry(entry, System.IO.Path.Combine(Path, System.IO.Path.GetFileName(entry)));
        }

        DirectorySwap.Exchange(Path, _output);
        if (_previousTree is not null)
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(_previousTree)!);
            if (!Directory.Exists(_previousTree) && TryMove(Path, _previousTree))
            {
                return written is null
                    ? Task.FromResult(false)
                    : Task.Run(() => PreviousTree.Follow(_previousTree, _output, written.Fresh, written.Removed) && oldOutputWhole);
            }
        }

        return Task.Run(() =>
        {
            Directory.Delete(Path, recursive: true);
            return false;
        });
    }

    /// <summary>
    /// After a failed build: the staging folder becomes the previous tree again when it started as one (the next build
    /// brings it up to date, whatever this one wrote into it), else it is removed.
    /// </summary>
    public void Discard()
    {
        if (!Directory.Exists(Path))
        {
            return;
        }

        if (_fromPreviousTree && !Directory.Exists(_previousTree) && TryMove(Path, _previousTree!))
        {
            return;
        }

        Directory.Delete(Path, recursive: true);
    }

    /// <summary>Moves a folder, unless it cannot be moved in one step (another file system): then false.</summary>
    private static bool TryMove(string from, string to)
    {
        try
        {
            Directory.Move(from, to);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static void CopyEntry(string from, string to)
    {
        if (File.Exists(from))
        {
            File.Copy(from, to, overwrite: true);
            return;
        }

        Directory.CreateDirectory(to);
        foreach (var entry in Directory.EnumerateFileSystemEntries(from))
        {
            CopyEntry(entry, System.IO.Path.Combine(to, System.IO.Path.GetFileName(entry)));
        }
    }

    /// <summary>A dotfile or CNAME at the top of the output: it belongs to the deployment, not to the build.</summary>
    internal static bool IsDeploymentEntry(string entry) => IsDeploymentName(System.IO.Path.GetFileName(entry.AsSpan()));

    /// <summary>Whether an entry of this name, at the top of the output, belongs to the deployment (see <see cref="IsDeploymentEntry"/>).</summary>
    internal static bool IsDeploymentName(ReadOnlySpan<char> name) => name.StartsWith('.') || name.SequenceEqual("CNAME");

    private string Prepare(string outputPath)
    {
        var full = Inside(outputPath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        if (_linked)
        {
            // A hard link shares its file with the output: replace the link rather than write through it.
            File.Delete(full);
        }

        return full;
    }

    /// <summary>The full path of a file of the staging folder; a path that would lead outside it is refused.</summary>
    private string Inside(string outputPath)
    {
        var full = System.IO.Path.GetFullPath(System.IO.Path.Combine(Path, outputPath));
        if (!full.StartsWith(Path + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"refusing to write {outputPath} outside the output folder");
        }

        return full;
    }
}
