using System.Threading.Channels;
using Broadsheet.Load;

namespace Broadsheet.Cli.Serve;

/// <summary>
/// Watches the source and theme folders and reports changes in batches: a batch ends when nothing has changed for a
/// moment, so that an editor's save (often several events) or a git checkout (hundreds) makes one rebuild.
/// </summary>
public sealed class SourceWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>();
    private readonly TimeSpan _quiet;

    public SourceWatcher(IEnumerable<string> folders, TimeSpan quiet)
    {
        _quiet = quiet;
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, e) => Changed(e.FullPath);
            watcher.Created += (_, e) => Changed(e.FullPath);
            watcher.Deleted += (_, e) => Changed(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                Changed(e.OldFullPath);
                Changed(e.FullPath);
            };

            // Too many changes at once for the system's buffer: rebuild anyway.
            watcher.Error += (_, _) => _changes.Writer.TryWrite(folder);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>Waits for the next batch of changes: the paths that changed, sorted; empty when watching ended.</summary>
    public async Task<IReadOnlyList<string>> NextBatch(CancellationToken cancel)
    {
        var changed = new SortedSet<string>(StringComparer.Ordinal);
        if (!await _changes.Reader.WaitToReadAsync(cancel))
        {
            return [];
        }

        do
        {
            while (_changes.Reader.TryRead(out var path))
            {
                changed.Add(path);
            }

            await Task.Delay(_quiet, cancel);
        }
        while (_changes.Reader.TryPeek(out _));

        return [.. changed];
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _changes.Writer.TryComplete();
    }

    /// <summary>Dotfiles and editors' backups and swap files are not content: saving one is no reason to rebuild.</summary>
    private void Changed(string path)
    {
        if (!ContentLoader.IsIgnored(Path.GetFileName(path)))
        {
            _changes.Writer.TryWrite(path);
        }
    }
}
