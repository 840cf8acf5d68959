using System.Text;

namespace Broadsheet.Write;

/// <summary>
/// A fresh folder beside the output that a build writes into; only a build that succeeded swaps it in,
/// so a failed build leaves the previous output exactly as it was.
/// </summary>
public sealed class StagingFolder
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly string _output;

    private StagingFolder(string output, string path)
    {
        _output = output;
        Path = path;
    }

    /// <summary>The staging folder's full path.</summary>
    public string Path { get; }

    public static StagingFolder Create(string outputFolder)
    {
        var output = System.IO.Path.GetFullPath(outputFolder);
        var parent = System.IO.Path.GetDirectoryName(output)!;
        var name = System.IO.Path.GetFileName(output);
        Directory.CreateDirectory(parent);
        var path = System.IO.Path.Combine(parent, $".{name}.staging-{Environment.ProcessId}");
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }

        Directory.CreateDirectory(path);
        return new StagingFolder(output, path);
    }

    public void WriteText(string outputPath, string text) => File.WriteAllText(Prepare(outputPath), text, Utf8NoBom);

    public void WriteBytes(string outputPath, byte[] bytes) => File.WriteAllBytes(Prepare(outputPath), bytes);

    public void Copy(string outputPath, string sourceFile) => File.Copy(sourceFile, Prepare(outputPath), overwrite: true);

    /// <summary>The full path of a file written here, for the Check stage to read back.</summary>
    public string FullPathOf(string outputPath) => System.IO.Path.Combine(Path, outputPath);

    /// <summary>Swaps the staging folder in for the output, keeping the output's dotfiles (.git, .nojekyll) and CNAME.</summary>
    public void Commit()
    {
        if (!Directory.Exists(_output))
        {
            Directory.Move(Path, _output);
            return;
        }

        var old = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(_output)!, $".{System.IO.Path.GetFileName(_output)}.old-{Environment.ProcessId}");
        foreach (var entry in Directory.EnumerateFileSystemEntries(_output).Where(IsKept))
        {
            var target = System.IO.Path.Combine(Path, System.IO.Path.GetFileName(entry));
            if (Directory.Exists(entry))
            {
                Directory.Move(entry, target);
            }
            else if (!File.Exists(target))
            {
                File.Move(entry, target);
            }
        }

        Directory.Move(_output, old);
        Directory.Move(Path, _output);
        Directory.Delete(old, recursive: true);
    }

    /// <summary>Removes the staging folder after a failed build.</summary>
    public void Discard()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }

    private static bool IsKept(string entry)
    {
        var name = System.IO.Path.GetFileName(entry);
        return name.StartsWith('.') || name == "CNAME";
    }

    private string Prepare(string outputPath)
    {
        var full = System.IO.Path.GetFullPath(System.IO.Path.Combine(Path, outputPath));
        if (!full.StartsWith(Path + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"refusing to write {outputPath} outside the output folder");
        }

        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        return full;
    }
}
