namespace Broadsheet.Search;

/// <summary>
/// The search index's files in the build cache: each article's analysis (<see cref="Store"/>, added to as builds go), the
/// table that says where each one is (<see cref="Table"/>) and the index the last build made (<see cref="Index"/>). A build
/// writes its table and index beside them as <c>.next</c> files, which are moved into place once it has succeeded; the
/// store is either added to where it is or, when it is begun again, written as a <c>.next</c> file too.
/// </summary>
public sealed record SearchCacheFiles(string Store, string Table, string Index)
{
    public static SearchCacheFiles In(string folder) =>
        new(Path.Combine(folder, "search.bin"), Path.Combine(folder, "search-table.bin"), Path.Combine(folder, "search-index.bin"));

    /// <summary>Where a build writes the file that replaces <paramref name="path"/> if it succeeds.</summary>
    public static string Next(string path) => path + ".next";

    /// <summary>After a successful build: its files take the place of the last one's.</summary>
    public void Keep()
    {
        // The store first and the table after it: a table never names a store it was not written with (the store's id
        // says so), so stopping between the two leaves a store that is not trusted, never a wrong one.
        var stored = File.Exists(Next(Table));
        if (File.Exists(Next(Store)))
        {
            File.Move(Next(Store), Store, overwrite: true);
        }
        else if (!stored)
        {
            File.Delete(Store);
        }

        foreach (var path in new[] { Table, Index })
        {
            if (File.Exists(Next(path)))
            {
                File.Move(Next(path), path, overwrite: true);
            }
            else
            {
                // This build kept none: the last one's would describe another build.
                File.Delete(path);
            }
        }
    }

    /// <summary>
    /// After a failed build: removes what it began to write. What it added to the store lies past the end the last
    /// build's table gives, and is cut off by the next build.
    /// </summary>
    public void Discard()
    {
        if (!Directory.Exists(Path.GetDirectoryName(Store)))
        {
            // A build that failed before it wrote any (or a first build): there is nothing to remove.
            return;
        }

        File.Delete(Next(Store));
        File.Delete(Next(Table));
        File.Delete(Next(Index));
    }
}
