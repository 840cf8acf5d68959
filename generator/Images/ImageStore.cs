using System.Globalization;
using System.Text;

namespace Broadsheet.Images;

/// <summary>
/// Where derivatives are kept between builds: a folder per photograph, named by its <see cref="PlannedImage.Key"/>, made
/// complete or not at all (written aside, then renamed). It also remembers each photograph's header by the file's size
/// and time, so a build where no photograph changed reads none of them.
/// </summary>
public sealed class ImageStore : IDisposable
{
    private const string StampsFile = "stamps.tsv";

    private readonly string _root;
    private readonly bool _temporary;
    private readonly Dictionary<string, (long Size, long Ticks, SourceImage Image)> _stamps;

    /// <param name="root">The store's folder; it is made if missing.</param>
    /// <param name="temporary">Deleted when disposed: a build without a cache keeps nothing.</param>
    public ImageStore(string root, bool temporary = false)
    {
        _root = root;
        _temporary = temporary;
        _stamps = temporary ? [] : ReadStamps(Path.Combine(root, StampsFile));
    }

    /// <summary>A store for one build, in the system's temporary folder.</summary>
    public static ImageStore Temporary() =>
        new(Path.Combine(Path.GetTempPath(), "broadsheet-images-" + Guid.NewGuid().ToString("N")), temporary: true);

    /// <summary>The header a build before read from this file, if it has not changed since by size and time.</summary>
    public SourceImage? Known(string sitePath, FileInfo file)
    {
        lock (_stamps)
        {
            return _stamps.TryGetValue(sitePath, out var s) && s.Size == file.Length && s.Ticks == file.LastWriteTimeUtc.Ticks ? s.Image : null;
        }
    }

    public void Remember(string sitePath, FileInfo file, SourceImage image)
    {
        lock (_stamps)
        {
            _stamps[sitePath] = (file.Length, file.LastWriteTimeUtc.Ticks, image);
        }
    }

    /// <summary>The folder holding a photograph's derivatives, whole; null when they have not been made.</summary>
    public string? Complete(string key)
    {
        var folder = FolderOf(key);
        return Directory.Exists(folder) ? folder : null;
    }

    /// <summary>Makes a photograph's derivatives with <paramref name="make"/> into a folder aside, then puts it in place whole.</summary>
    public string Make(string key, Action<string> make)
    {
        var folder = FolderOf(key);
        var aside = Path.Combine(_root, "making", key + "-" + Guid.NewGuid().ToString("N"));
        if (Directory.Exists(aside))
        {
            Directory.Delete(aside, recursive: true);
        }

        Directory.CreateDirectory(aside);
        try
        {
            make(aside);
            Directory.CreateDirectory(Path.GetDirectoryName(folder)!);
            Directory.Move(aside, folder);
        }
        catch (IOException) when (Directory.Exists(folder))
        {
            // Another build made it meanwhile (serve and build sharing the store): theirs is as good.
            Directory.Delete(aside, recursive: true);
        }
        catch
        {
            Directory.Delete(aside, recursive: true);
            throw;
        }

        return folder;
    }

    /// <summary>
    /// Keeps what a successful build used and lets the rest go: the derivatives of photographs removed or changed, and the
    /// headers of files gone.
    /// </summary>
    public void Keep(IReadOnlyCollection<PlannedImage> used)
    {
        if (_temporary)
        {
            return;
        }

        var keys = used.Select(i => i.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var shard in Directory.Exists(_root) ? Directory.GetDirectories(_root) : [])
        {
            if (Path.GetFileName(shard) is "making")
            {
                continue;
            }

            foreach (var folder in Directory.GetDirectories(shard).Where(f => !keys.Contains(Path.GetFileName(f))))
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        var paths = used.Select(i => i.SitePath).ToHashSet(StringComparer.Ordinal);
        lock (_stamps)
        {
            WriteStamps(Path.Combine(_root, StampsFile), _stamps.Where(s => paths.Contains(s.Key)).OrderBy(s => s.Key, StringComparer.Ordinal));
        }
    }

    public void Dispose()
    {
        if (_temporary && Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private string FolderOf(string key) => Path.Combine(_root, key[..2], key);

    private static Dictionary<string, (long, long, SourceImage)> ReadStamps(string path)
    {
        var stamps = new Dictionary<string, (long, long, SourceImage)>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return stamps;
        }

        foreach (var line in File.ReadLines(path))
        {
            var f = line.Split('\t');
            if (f.Length == 8 && long.TryParse(f[1], CultureInfo.InvariantCulture, out var size) && long.TryParse(f[2], CultureInfo.InvariantCulture, out var ticks)
                && int.TryParse(f[3], CultureInfo.InvariantCulture, out var width) && int.TryParse(f[4], CultureInfo.InvariantCulture, out var height)
                && int.TryParse(f[6], CultureInfo.InvariantCulture, out var orientation))
            {
                stamps[f[0]] = (size, ticks, new SourceImage(width, height, f[5], orientation, f[7]));
            }
        }

        return stamps;
    }

    private void WriteStamps(string path, IEnumerable<KeyValuePair<string, (long Size, long Ticks, SourceImage Image)>> stamps)
    {
        Directory.CreateDirectory(_root);
        var text = new StringBuilder();
        foreach (var (sitePath, (size, ticks, image)) in stamps)
        {
            text.Append(CultureInfo.InvariantCulture, $"{sitePath}\t{size}\t{ticks}\t{image.Width}\t{image.Height}\t{image.Loader}\t{image.Orientation}\t{image.Key}\n");
        }

        var aside = path + ".new";
        File.WriteAllText(aside, text.ToString());
        File.Move(aside, path, overwrite: true);
    }
}
