using System.IO.Enumeration;
using Broadsheet.Common;

namespace Broadsheet.Write;

/// <summary>The files under an output-like folder, each by its path with '/', with its size and time, read as the folder is listed.</summary>
public static class FolderFiles
{
    /// <param name="withoutDeployment">Whether to leave out the deployment's own entries at the top (<see cref="StagingFolder.IsDeploymentName"/>): a dot-folder, a dotfile, CNAME.</param>
    public static List<(string Path, long Size, long Ticks)> Under(string folder, bool withoutDeployment = false)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        // Each path made from the listing's own spans: no FileInfo, and no full path to cut down.
        var top = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        return new FileSystemEnumerable<(string Path, long Size, long Ticks)>(
            top,
            (ref FileSystemEntry e) => (SitePaths.OfListed(top, e.Directory, e.FileName), e.Length, e.LastWriteTimeUtc.UtcTicks),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = true })
        {
            ShouldIncludePredicate = (ref FileSystemEntry e) =>
                !e.IsDirectory && !(withoutDeployment && e.Directory.Length == top.Length && StagingFolder.IsDeploymentName(e.FileName)),
            ShouldRecursePredicate = (ref FileSystemEntry e) => !(withoutDeployment && e.Directory.Length == top.Length && e.FileName.StartsWith('.')),
        }.ToList();
    }
}
