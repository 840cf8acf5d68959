using Broadsheet.Common;

namespace Broadsheet.Load;

/// <summary>
/// Every file and folder under a source folder, each looked at once, sorted ordinally by path, without what is never
/// content (<see cref="ContentLoader.IsIgnored"/>). The build's inputs key (<see cref="Cache.BuildKeys.Inputs"/>) and the
/// loader both read it: the folder of a 10,000-article archive is walked once per build, not twice.
/// </summary>
public sealed class SourceListing
{
    private readonly List<ListedEntry> _entries;

    private SourceListing(string root, List<ListedEntry> entries)
    {
        Root = root;
        _entries = entries;
    }

    /// <summary>The full path of the folder listed.</summary>
    public string Root { get; }

    /// <summary>Whether the folder exists (and so was listed).</summary>
    public bool Exists { get; private init; }

    public IReadOnlyList<ListedEntry> Entries => _entries;

    /// <summary>
    /// Lists a folder and everything under it. A linked folder is listed but not entered (following it could loop
    /// forever); a folder that cannot be read is listed, marked so.
    /// </summary>
    public static SourceListing Of(string folder)
    {
        var root = Path.GetFullPath(folder);
        var entries = new List<ListedEntry>();
        if (!Directory.Exists(root))
        {
            return new SourceListing(root, entries);
        }

        Walk(root, -1, entries);
        entries.Sort((a, b) => string.CompareOrdinal(a.FullPath, b.FullPath));
        return new SourceListing(root, entries) { Exists = true };
    }

    /// <summary>The entries inside <paramref name="folder"/> (a full path under <see cref="Root"/>): those directly in it, or all beneath it.</summary>
    public IEnumerable<ListedEntry> Under(string folder, bool recursive)
    {
        var prefix = folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var start = _entries.BinarySearch(new ListedEntry(prefix, default, EntryKind.File), EntryOrder.Instance);
        for (var i = start < 0 ? ~start : start; i < _entries.Count && _entries[i].FullPath.StartsWith(prefix, StringComparison.Ordinal); i++)
        {
            if (recursive || _entries[i].FullPath.IndexOf(Path.DirectorySeparatorChar, prefix.Length) < 0)
            {
                yield return _entries[i];
            }
        }
    }

    /// <param name="at">Where the folder's own entry is in <paramref name="found"/>; -1 for the root.</param>
    /// <summary>The entry at a full path, if it was listed.</summary>
    public ListedEntry? Find(string fullPath)
    {
        var at = _entries.BinarySearch(new ListedEntry(fullPath, default, EntryKind.File), EntryOrder.Instance);
        return at >= 0 ? _entries[at] : null;
    }

    private static void Walk(string folder, int at, List<ListedEntry> found)
    {
        List<FolderEntry> entries;
        try
        {
            entries = FolderEntries.In(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (at >= 0)
            {
                found[at] = found[at] with { Kind = EntryKind.UnreadableFolder };
            }

            return;
        }

        // One look at each entry gives its stamp and whether it is a link (a link's stamp may then be its own, not its target's).
        var start = found.Count;
        foreach (var entry in entries)
        {
            if (!ContentLoader.IsIgnored(entry.Name))
            {
                found.Add(new ListedEntry(Path.Join(folder, entry.Name), new FileStamp(entry.IsFolder ? -1 : entry.Size, entry.Ticks), KindOf(entry.Kind)));
            }
        }

        // Only this folder's own entries: those its folders add come after them.
        for (int i = start, end = found.Count; i < end; i++)
        {
            if (found[i].Kind == EntryKind.Folder)
            {
                Walk(found[i].FullPath, i, found);
            }
        }
    }

    private static EntryKind KindOf(FolderEntryKind kind) => kind switch
    {
        FolderEntryKind.Folder => EntryKind.Folder,
        FolderEntryKind.LinkedFolder => EntryKind.LinkedFolder,
        FolderEntryKind.LinkedFile => EntryKind.LinkedFile,
        _ => EntryKind.File,
    };

    private sealed class EntryOrder : IComparer<ListedEntry>
    {
        public static readonly EntryOrder Instance = new();

        public int Compare(ListedEntry? a, ListedEntry? b) => string.CompareOrdinal(a?.FullPath, b?.FullPath);
    }
}

public enum EntryKind
{
    File,
    LinkedFile,
    Folder,
    LinkedFolder,
    UnreadableFolder,
}

/// <summary>A file or folder found under a source folder: its full path, its stamp (size -1 for a folder), and what it is.</summary>
public sealed record ListedEntry(string FullPath, FileStamp Stamp, EntryKind Kind)
{
    public bool IsFolder => Kind is EntryKind.Folder or EntryKind.LinkedFolder or EntryKind.UnreadableFolder;

    public bool IsLink => Kind is EntryKind.LinkedFile or EntryKind.LinkedFolder;

    /// <summary>The file's size, unless it is a link: a link's listed size may be its own, not its target's.</summary>
    public long? KnownSize => IsLink ? null : Stamp.Size;
}
