using System.Collections.Concurrent;
using Broadsheet.Common;

namespace Broadsheet.Load;

/// <summary>
/// Each content file's parse, by its path in the source folder, kept from one build to the next: a file whose size and
/// time of last change are those its entry recorded is not read again (the inputs key trusts the same stamps). An
/// article's entry also keeps what validation made of it (<see cref="SourceCacheEntry.Checked"/>), which depends on
/// other files too: the Model stage restores it only while those still say the same.
/// </summary>
/// <param name="previous">What the last successful build kept; empty when there was none, or it could not be read.</param>
/// <param name="buildStartUtc">When this build started: files changed shortly before are not kept (see <see cref="RacyWindow"/>).</param>
public sealed class SourceCache(IReadOnlyDictionary<string, SourceCacheEntry> previous, DateTime buildStartUtc)
{
    /// <summary>
    /// A file changed this close to the build's start may change again after it is read yet keep its size and time (file
    /// systems keep times to a tick, a few milliseconds or two seconds): it is not kept, so the next build reads it again.
    /// </summary>
    public static readonly TimeSpan RacyWindow = TimeSpan.FromSeconds(2);

    private readonly ConcurrentDictionary<string, SourceCacheEntry> _kept = ConcurrentTable.ByString<SourceCacheEntry>(previous.Count);
    private readonly long _keepBefore = (buildStartUtc - RacyWindow).Ticks;

    /// <summary>The entries this build keeps for the next: those it found still valid, and its fresh parses outside the racy window.</summary>
    public IReadOnlyDictionary<string, SourceCacheEntry> Kept => _kept;

    /// <summary>
    /// Whether what the last build kept serves the next as well as <see cref="Kept"/>, give or take a few parses, so that
    /// it need not be written again: one entry in a hundred (and no more than 50) may be new, and as many gone. The entry
    /// of a file that changed since is passed over by its stamp, and the file parsed again.
    /// </summary>
    public bool NearlyAsBefore()
    {
        var allowed = Math.Min(50, previous.Count / 100);
        var taken = _kept.Count(k => previous.TryGetValue(k.Key, out var before) && ReferenceEquals(before, k.Value));
        return _kept.Count - taken <= allowed && previous.Count - taken <= allowed;
    }

    /// <summary>The entry of a file, if the file still has the stamp it had when the entry was made.</summary>
    public SourceCacheEntry? Find(string sitePath, FileStamp stamp) =>
        previous.TryGetValue(sitePath, out var entry) && entry.Stamp == stamp ? entry : null;

    /// <summary>Keeps an entry for the next build, unless its file changed too recently to be sure its stamp will change with it.</summary>
    public void Keep(string sitePath, SourceCacheEntry entry)
    {
        if (entry.Stamp.WriteTicks < _keepBefore)
        {
            _kept[sitePath] = entry;
        }
    }

    /// <summary>Notes what validation made of articles whose entries are kept (null where it had something to say), for the next build.</summary>
    public void NoteChecked(IEnumerable<KeyValuePair<string, byte[]?>> validated)
    {
        foreach (var (sitePath, record) in validated)
        {
            if (_kept.TryGetValue(sitePath, out var entry) && !ReferenceEquals(entry.Checked, record))
            {
                _kept[sitePath] = entry.WithChecked(record);
            }
        }
    }
}
