using Broadsheet.Common;

namespace Broadsheet.Write;

/// <summary>
/// The output as it was before the last build swapped its own in: kept in the cache folder (hard links, so it takes the
/// space of the files that build changed and no more), to start the next build's staging folder from. Bringing it up
/// to date with the output touches only what differs, where linking every file of the output anew and removing the
/// old tree after the swap cost two system calls a file on every build.
/// </summary>
public static class PreviousTree
{
    /// <summary>
    /// Makes <paramref name="folder"/> (the previous tree moved into the staging folder's place, or an empty one) hold a link to each
    /// of <paramref name="files"/> in <paramref name="output"/>, and nothing else: a file it has with the size and time
    /// the output's has is the same file (a hard link to it), and stays; any other is replaced or removed. The output's
    /// dotfiles and CNAME are removed too, as the swap copies in the output's own.
    /// </summary>
    /// <param name="files">The output's files to start from, with the size and time each has in the output.</param>
    /// <param name="held">
    /// The files the folder is known to hold, each a link to the output's file as the last build left it (the tree followed
    /// that build's output to the end: <see cref="Follow"/>); null when not known, and the folder is listed.
    /// </param>
    /// <returns>The files now in the folder.</returns>
    public static IReadOnlySet<string> BringUpToDate(string folder, string output, IReadOnlyDictionary<string, (long Size, long Ticks)> files, IEnumerable<string>? held, CancellationToken stop)
    {
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder).Where(StagingFolder.IsDeploymentEntry))
        {
            if (Directory.Exists(entry) && !File.GetAttributes(entry).HasFlag(FileAttributes.ReparsePoint))
            {
                Directory.Delete(entry, recursive: true);
            }
            else
            {
                File.Delete(entry);
            }
        }

        var options = new ParallelOptions { CancellationToken = stop };
        if (held is not null)
        {
            // A file of the output as the last build left it is the tree's file too: only those changed or gone since differ.
            Remove(folder, held.Where(f => !files.ContainsKey(f)).ToList(), options);
            return files.Keys.ToHashSet(StringComparer.Ordinal);
        }

        var present = ConcurrentTable.ByString<bool>(files.Count);
        var stale = new List<string>();
        foreach (var (path, size, ticks) in FolderFiles.Under(folder))
        {
            if (files.TryGetValue(path, out var wanted) && wanted.Size == size && wanted.Ticks == ticks)
            {
                present[path] = true;
            }
            else
            {
                stale.Add(path);
            }
        }

        Remove(folder, stale, options);
        var missing = files.Keys.Where(f => !present.ContainsKey(f)).ToList();
        CreateParents(folder, missing);

        Parallel.ForEach(missing, options, path =>
        {
            if (HardLink.TryCreate(Path.Combine(output, path), Path.Combine(folder, path)))
            {
                present[path] = true;
            }
        });
        return present.Keys.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// Right after a build's swap, while its cache is saved: makes <paramref name="folder"/> (the output as it was before,
    /// or nothing after a first build) follow the new output, by the files the build wrote and removed, so that the next
    /// build finds it up to date rather than linking them itself. Nothing is listed. The next build lists the tree
    /// (<see cref="BringUpToDate"/>) unless told this ended well, so a tree left half done by an error or a killed build costs time, not output.
    /// </summary>
    /// <param name="written">The files the build wrote afresh: each replaces the tree's as a link to the new output's.</param>
    /// <param name="removed">The files the build removed from the output.</param>
    /// <returns>Whether every file was followed: a tree that started as the old output, holding only files the build knew, now holds the new one.</returns>
    public static bool Follow(string folder, string output, IEnumerable<string> written, IEnumerable<string> removed)
    {
        try
        {
            Remove(folder, removed.ToList(), new ParallelOptions());
            var files = written.ToList();
            CreateParents(folder, files);

            var all = true;
            foreach (var path in files)
            {
                var link = Path.Combine(folder, path);
                File.Delete(link);
                all &= HardLink.TryCreate(Path.Combine(output, path), link);
            }

            return all;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or AggregateException)
        {
            // The next build brings the tree up to date itself (a file that could not be removed comes wrapped by Parallel).
            return false;
        }
    }

    /// <summary>Deletes these files of the folder, and the folders they leave empty.</summary>
    private static void Remove(string folder, List<string> files, ParallelOptions options)
    {
        Parallel.ForEach(files, options, path => File.Delete(Path.Combine(folder, path)));
        RemoveEmptyFolders(folder, files);
    }

    /// <summary>Makes the folders that files at these paths of the folder go in.</summary>
    private static void CreateParents(string folder, IEnumerable<string> files)
    {
        foreach (var parent in files.Select(f => Path.GetDirectoryName(Path.Combine(folder, f))!).Distinct(StringComparer.Ordinal))
        {
            Directory.CreateDirectory(parent);
        }
    }

    private static void RemoveEmptyFolders(string root, IEnumerable<string> removedFiles)
    {
        var folders = removedFiles.Select(f => Path.GetDirectoryName(Path.Combine(root, f))!).Distinct(StringComparer.Ordinal)
            .OrderByDescending(f => f.Length);
        foreach (var start in folders)
        {
            for (var folder = start; folder != root && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any(); folder = Path.GetDirectoryName(folder)!)
            {
                Directory.Delete(folder);
            }
        }
    }
}
