using System.IO.Enumeration;

namespace Broadsheet.Common;

public enum FolderEntryKind
{
    File,
    Folder,
    LinkedFile,
    LinkedFolder,
}

/// <summary>
/// An entry directly in a folder: its name, what it is (a link to a folder is a <see cref="FolderEntryKind.LinkedFolder"/>),
/// and its size and last write time in UTC ticks as the entry itself has them (a link's own, not its target's; size 0 for a folder or a link to one).
/// </summary>
public readonly record struct FolderEntry(string Name, FolderEntryKind Kind, long Size, long Ticks)
{
    public bool IsFolder => Kind is FolderEntryKind.Folder or FolderEntryKind.LinkedFolder;
}

/// <summary>
/// The entries of one folder, each looked at once. Listings of a whole archive and of its output are what a build with nothing
/// changed waits for: on Linux they are read with <see cref="LinuxFolderEntries"/>, elsewhere through .NET's enumeration.
/// </summary>
public static class FolderEntries
{
    /// <summary>The entries directly in <paramref name="folder"/>, in the order the file system gives them.</summary>
    /// <exception cref="UnauthorizedAccessException">The folder, or an entry's details, may not be read.</exception>
    /// <exception cref="IOException">The folder is gone, or could not be read.</exception>
    public static List<FolderEntry> In(string folder) =>
        LinuxFolderEntries.Available ? LinuxFolderEntries.In(folder) : Enumerated(folder);

    /// <summary>The same as <see cref="In"/>, through .NET's enumeration, on every platform.</summary>
    internal static List<FolderEntry> Enumerated(string folder)
    {
        var entries = new FileSystemEnumerable<FolderEntry>(
            folder,
            (ref FileSystemEntry e) => new FolderEntry(e.FileName.ToString(), KindOf(ref e), e.IsDirectory ? 0 : e.Length, e.LastWriteTimeUtc.UtcTicks),
            new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false });
        return [.. entries];
    }

    private static FolderEntryKind KindOf(ref FileSystemEntry e)
    {
        var link = (e.Attributes & FileAttributes.ReparsePoint) != 0;
        return e.IsDirectory
            ? link ? FolderEntryKind.LinkedFolder : FolderEntryKind.Folder
            : link ? FolderEntryKind.LinkedFile : FolderEntryKind.File;
    }
}
