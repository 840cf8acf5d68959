using Broadsheet.Common;

namespace Broadsheet.Write;

/// <summary>The files under an output-like folder, each by its path with '/', with its size and time, read as the folder is listed.</summary>
public static class FolderFiles
{
    /// <param name="withoutDeployment">Whether to leave out the deployment's own entries at the top (<see cref="StagingFolder.IsDeploymentName"/>): a dot-folder, a dotfile, CNAME.</param>
    public static List<(string Path, long Size, long Ticks)> Under(string folder, bool withoutDeployment = false)
    {
        var files = new List<(string Path, long Size, long Ticks)>();
        if (Directory.Exists(folder))
        {
            Collect(Path.GetFullPath(folder), "", withoutDeployment, files);
        }

        return files;
    }

    /// <param name="prefix">The folder's own path in the listing, with '/' at its end; empty for the top.</param>
    /// <param name="withoutDeployment">Whether to leave out the deployment's entries: only ever at the top.</param>
    private static void Collect(string folder, string prefix, bool withoutDeployment, List<(string Path, long Size, long Ticks)> files)
    {
        List<FolderEntry> entries;
        try
        {
            entries = FolderEntries.In(folder);
        }
        catch (Exception e) when (e is UnauthorizedAccessException || (e is DirectoryNotFoundException && prefix.Length > 0))
        {
            // A folder that may not be read, or that went while its parent was listed, has no files to list.
            return;
        }

        foreach (var entry in entries)
        {
            if (entry.Kind == FolderEntryKind.Folder)
            {
                if (!(withoutDeployment && entry.Name.StartsWith('.')))
                {
                    Collect(Path.Join(folder, entry.Name), prefix + entry.Name + "/", withoutDeployment: false, files);
                }
            }
            else if (entry.Kind != FolderEntryKind.LinkedFolder && !(withoutDeployment && StagingFolder.IsDeploymentName(entry.Name)))
            {
                files.Add((prefix + entry.Name, entry.Size, entry.Ticks));
            }
        }
    }
}
