using System.Security.Cryptography;
using System.Text;

namespace Broadsheet.Import.Writing;

/// <summary>
/// Writes an import's files into the source folder, safely: never outside it, never over a file changed since the last
/// import (unless forced), a file with the same bytes left untouched, nothing at all on a dry run. A manifest,
/// <c>.broadsheet-import</c>, notes the hash of each file as the import wrote it, which is how a later run knows a file
/// was edited since.
/// </summary>
public sealed class ImportWriter
{
    private const string ManifestName = ".broadsheet-import";
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly string _root;
    private readonly bool _dryRun;
    private readonly bool _force;
    private readonly ImportLog _log;
    private readonly Action<string, string>? _onFile;
    private readonly SortedDictionary<string, string> _manifest = new(StringComparer.Ordinal);
    private readonly HashSet<string> _written = new(StringComparer.Ordinal);
    private readonly HashSet<string> _checkedFolders = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <param name="root">The source folder (<c>--into</c>).</param>
    /// <param name="onFile">Told of each file: "create", "update", "unchanged" or "keep" and its path inside the folder.</param>
    public ImportWriter(string root, bool dryRun, bool force, ImportLog log, Action<string, string>? onFile = null)
    {
        _root = Path.GetFullPath(root);
        _dryRun = dryRun;
        _force = force;
        _log = log;
        _onFile = onFile;
        var manifest = Path.Combine(_root, ManifestName);
        if (File.Exists(manifest))
        {
            foreach (var line in File.ReadAllLines(manifest))
            {
                var space = line.IndexOf(' ', StringComparison.Ordinal);
                if (space > 0)
                {
                    _manifest[line[(space + 1)..]] = line[..space];
                }
            }
        }
    }

    public string Root => _root;

    public int Created { get; private set; }

    public int Updated { get; private set; }

    public int Unchanged { get; private set; }

    public int Kept { get; private set; }

    /// <summary>Whether a file was already written at <paramref name="sitePath"/> by this import.</summary>
    public bool Has(string sitePath)
    {
        lock (_lock)
        {
            return _written.Contains(sitePath);
        }
    }

    public void WriteText(string sitePath, string text) => Write(sitePath, Utf8NoBom.GetBytes(text.ReplaceLineEndings("\n")));

    /// <summary>Copies a file of the input into the folder (an image into <c>static/</c>).</summary>
    public void Copy(string sitePath, string sourceFile) => Write(sitePath, File.ReadAllBytes(sourceFile));

    public void Write(string sitePath, byte[] bytes)
    {
        var full = Resolve(sitePath);
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        lock (_lock)
        {
            if (!_written.Add(sitePath))
            {
                return;
            }

            string verb;
            if (!File.Exists(full))
            {
                verb = "create";
                Created++;
            }
            else
            {
                var existing = File.ReadAllBytes(full);
                var existingHash = Convert.ToHexStringLower(SHA256.HashData(existing));
                if (existingHash == hash)
                {
                    _manifest[sitePath] = hash;
                    Unchanged++;
                    _onFile?.Invoke("unchanged", sitePath);
                    return;
                }

                var untouched = _manifest.TryGetValue(sitePath, out var recorded) && recorded == existingHash;
                if (!untouched && !_force)
                {
                    Kept++;
                    _log.Warn(sitePath, "changed since the last import (or not written by one); kept as it is: run again with --force to overwrite it");
                    _onFile?.Invoke("keep", sitePath);
                    return;
                }

                verb = "update";
                Updated++;
            }

            _onFile?.Invoke(verb, sitePath);
            _manifest[sitePath] = hash;
            if (_dryRun)
            {
                return;
            }

            CheckFolders(full);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, bytes);
        }
    }

    /// <summary>A file beside the source folder (the report, the URL map): written whole each time, as it is a record of this run.</summary>
    public string WriteBeside(string name, string text)
    {
        var folder = Path.GetDirectoryName(_root.TrimEnd(Path.DirectorySeparatorChar)) ?? _root;
        var full = Path.Combine(folder, name);
        _onFile?.Invoke(File.Exists(full) ? "update" : "create", Path.GetRelativePath(_root, full).Replace('\\', '/'));
        if (!_dryRun)
        {
            if (File.Exists(full) && new FileInfo(full).LinkTarget is not null)
            {
                throw new ImportFailedException($"refused to write {full}: it is a symbolic link, and could lead anywhere");
            }

            Directory.CreateDirectory(folder);
            File.WriteAllText(full, text.ReplaceLineEndings("\n"), Utf8NoBom);
        }

        return full;
    }

    /// <summary>Writes the manifest: each file's hash as this import left it.</summary>
    public void Finish()
    {
        if (_dryRun)
        {
            return;
        }

        Directory.CreateDirectory(_root);
        var text = string.Concat(_manifest.Select(p => $"{p.Value} {p.Key}\n"));
        var path = Path.Combine(_root, ManifestName);
        if (!File.Exists(path) || File.ReadAllText(path) != text)
        {
            File.WriteAllText(path, text, Utf8NoBom);
        }
    }

    /// <summary>The full path of a file inside the folder; refuses a path that would land outside it.</summary>
    private string Resolve(string sitePath)
    {
        var full = Path.GetFullPath(Path.Combine(_root, sitePath));
        if (!full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || sitePath.Contains('\\', StringComparison.Ordinal))
        {
            throw new ImportFailedException($"refused to write '{sitePath}': it is outside {_root}");
        }

        return full;
    }

    /// <summary>Refuses to write through a symbolic link: one inside the folder could point anywhere.</summary>
    private void CheckFolders(string full)
    {
        for (var folder = Path.GetDirectoryName(full); folder is not null && folder.Length > _root.Length; folder = Path.GetDirectoryName(folder))
        {
            if (!_checkedFolders.Add(folder))
            {
                break;
            }

            if (Directory.Exists(folder) && new DirectoryInfo(folder).LinkTarget is not null)
            {
                throw new ImportFailedException($"refused to write into {folder}: it is a symbolic link, and could lead outside {_root}");
            }
        }

        if (File.Exists(full) && new FileInfo(full).LinkTarget is not null)
        {
            throw new ImportFailedException($"refused to write {full}: it is a symbolic link, and could lead outside {_root}");
        }
    }
}
