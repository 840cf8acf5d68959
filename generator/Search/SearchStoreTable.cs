using Broadsheet.Common;

namespace Broadsheet.Search;

/// <summary>
/// Where each entry of a <see cref="SearchAnalysisStore"/> is: its key, offset and length, and how far the entries a
/// successful build wrote go (past that, a failed build may have added some). <paramref name="Id"/> is the store's own,
/// written at its start, so a table is only ever read with the store it was written for.
/// </summary>
internal sealed record SearchStoreTable(long Id, long End, IReadOnlyDictionary<string, (long Offset, int Length)> Entries)
{
    private const string Magic = "broadsheet-search-table";
    private const int Format = 1;

    /// <summary>The table written at <paramref name="path"/> by this generator; null if there is none, or it cannot be read.</summary>
    public static SearchStoreTable? Read(string path, string generatorKey)
    {
        try
        {
            using var reader = CacheFileHeader.OpenToRead(path, Magic, Format, generatorKey);
            if (reader is null)
            {
                return null;
            }

            var (id, end, count) = (reader.ReadInt64(), reader.ReadInt64(), reader.ReadInt32());
            var entries = new Dictionary<string, (long, int)>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var (key, offset, length) = (reader.ReadString(), reader.ReadInt64(), reader.ReadInt32());
                if (offset < 0 || length < 0 || offset + length > end)
                {
                    return null;
                }

                entries[key] = (offset, length);
            }

            return new SearchStoreTable(id, end, entries);
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or ArgumentException or FormatException)
        {
            return null;
        }
    }

    public void Write(string path, string generatorKey)
    {
        using var writer = CacheFileHeader.CreateToWrite(path, Magic, Format, generatorKey);
        writer.Write(Id);
        writer.Write(End);
        // In the store's order: the offsets sorted with the keys beside them, not the pairs through a delegate.
        var (offsets, keys) = (new long[Entries.Count], new string[Entries.Count]);
        var n = 0;
        foreach (var (key, (offset, _)) in Entries)
        {
            (offsets[n], keys[n]) = (offset, key);
            n++;
        }

        Array.Sort(offsets, keys, 0, n);
        writer.Write(n);
        for (var i = 0; i < n; i++)
        {
            writer.Write(keys[i]);
            writer.Write(offsets[i]);
            writer.Write(Entries[keys[i]].Length);
        }
    }
}
