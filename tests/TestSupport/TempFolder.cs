using System.Text;

namespace Broadsheet.Tests.TestSupport;

/// <summary>A fresh folder under <see cref="Root"/>, deleted when disposed; writes files by '/'-separated paths.</summary>
public sealed class TempFolder : IDisposable
{
    /// <summary>A RAM disk has to have this much room to be used.</summary>
    private const long RamDiskRoom = 1L << 30;

    public TempFolder()
    {
        Path = System.IO.Path.Combine(Root, "broadsheet-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    /// <summary>
    /// Where the folders go: on Linux the RAM disk <c>/dev/shm</c> when it has room, runs programs and no <c>TMPDIR</c>
    /// was set; else the system's temp folder. The tests write and link tens of thousands of small files: on a virtual
    /// machine whose temp folder is on its disk, the fast tests took 61 to 65 s there and 45 to 51 s on the RAM disk.
    /// </summary>
    public static string Root { get; } = ChooseRoot();

    private static string ChooseRoot()
    {
        const string ramDisk = "/dev/shm";
        try
        {
            if (OperatingSystem.IsLinux() && Environment.GetEnvironmentVariable("TMPDIR") is null && Directory.Exists(ramDisk)
                && new DriveInfo(ramDisk).AvailableFreeSpace > RamDiskRoom && !MountedNoExec(ramDisk))
            {
                return ramDisk;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            // No RAM disk to be had: the temp folder will do.
        }

        return System.IO.Path.GetTempPath();
    }

    /// <summary>Whether programs cannot be run from the folder's mount: the pack test runs the tool it installs in a temp folder.</summary>
    private static bool MountedNoExec(string mountPoint) =>
        File.ReadLines("/proc/self/mounts")
            .Select(line => line.Split(' '))
            .Any(fields => fields.Length > 3 && fields[1] == mountPoint && fields[3].Split(',').Contains("noexec"));

    /// <summary>The folder's full path.</summary>
    public string Path { get; }

    /// <summary>The full path of <paramref name="relative"/> inside the folder.</summary>
    public string Combine(string relative) => System.IO.Path.Combine(Path, relative.Replace('/', System.IO.Path.DirectorySeparatorChar));

    /// <summary>The full path of a file or folder nested several levels inside the folder.</summary>
    public string Combine(string first, string second, params string[] more) =>
        System.IO.Path.Combine([Path, first, second, .. more]);

    /// <summary>Copies every file under <paramref name="from"/> to the same place under <paramref name="to"/>.</summary>
    public static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(to, System.IO.Path.GetRelativePath(from, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>Writes UTF-8 text without a BOM, creating folders on the way.</summary>
    public string Write(string relative, string text) => WriteBytes(relative, new UTF8Encoding(false).GetBytes(text));

    public string WriteBytes(string relative, byte[] bytes)
    {
        var full = Combine(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    /// <summary>Every file below the folder with its bytes, keyed by its '/'-separated path: a snapshot to compare.</summary>
    public SortedDictionary<string, byte[]> Snapshot(string relative = "")
    {
        var root = relative.Length == 0 ? Path : Combine(relative);
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            files[System.IO.Path.GetRelativePath(root, file).Replace('\\', '/')] = File.ReadAllBytes(file);
        }

        return files;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // The test moved or removed it itself.
        }
    }
}
