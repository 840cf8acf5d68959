using System.Text;
using Broadsheet.Common;
using Microsoft.Win32.SafeHandles;

namespace Broadsheet.Search;

/// <summary>
/// Each article's analysis for the search index (its terms, word forms, length and opening words), kept in the build
/// cache between builds: an article whose title, names and body are unchanged is not read, parsed or tokenized again.
/// Entries are found by what they are made from, so a stale entry is never used, only left behind.
/// </summary>
/// <remarks>
/// The store is the entries one after another; a table beside it (<see cref="SearchStoreTable"/>) gives each one's key,
/// offset and length, and how far the store goes. A build adds only the entries it made to the end of the store, and
/// writes a new table, which the cache moves into place once the build has succeeded: until then the last table, and
/// the part of the store it names, are as they were. Once the entries no table names outweigh those it does, the next
/// build writes the live ones into a new store instead (<see cref="CompactWhenGarbageExceeds"/>).
/// </remarks>
public sealed class SearchAnalysisStore : IDisposable
{
    private const string Magic = "broadsheet-search";
    private const int Format = 2;

    /// <summary>
    /// Entries are written in blocks of about this size: small enough that the block's buffer stays off the large-object heap,
    /// whose allocations set off full collections.
    /// </summary>
    private const int BlockSize = 32 * 1024;

    /// <summary>
    /// The store is written afresh, with only the entries in use, when those no longer in use take more than this
    /// fraction of it (and more than <see cref="CompactAbove"/>): each edit adds an entry, and edits would grow it forever.
    /// </summary>
    public const double CompactWhenGarbageExceeds = 0.5;

    /// <summary>Garbage up to this many bytes is never worth writing the store again for.</summary>
    public const long CompactAbove = 64 * 1024;

    private readonly SearchCacheFiles _files;
    private readonly string _generatorKey;
    private readonly SearchStoreTable? _previousTable;
    private readonly SafeFileHandle? _previous;
    private readonly SafeFileHandle _next;
    private readonly long _id;
    private readonly Dictionary<string, (long Offset, int Length)> _nextTable = new(StringComparer.Ordinal);
    private readonly MemoryStream _block = new(2 * BlockSize);
    private readonly BinaryWriter _blockWriter;
    private readonly Lazy<SearchIndexState?> _previousIndex;
    private long _end;

    /// <param name="files">The last build's store, table and index (any may be missing or unreadable: nothing is reused then).</param>
    public SearchAnalysisStore(SearchCacheFiles files, string generatorKey)
    {
        _files = files;
        _generatorKey = generatorKey;
        _blockWriter = new BinaryWriter(_block, Encoding.UTF8, leaveOpen: true);
        _previousIndex = new Lazy<SearchIndexState?>(() => _previous is null ? null : SearchIndexState.Read(_files.Index, _generatorKey));
        Directory.CreateDirectory(Path.GetDirectoryName(files.Store)!);
        (_previousTable, _previous) = OpenPrevious();
        if (_previous is not null && !Compacting(_previousTable!))
        {
            // Added to where it is: whatever lies past the end the table gives is what a failed build left.
            (_next, _id, _end) = (_previous, _previousTable!.Id, _previousTable.End);
            RandomAccess.SetLength(_next, _end);
            return;
        }

        // A store of its own, begun with a new id: no table made for another store can be taken for this one's.
        _id = Random.Shared.NextInt64();
        _next = File.OpenHandle(SearchCacheFiles.Next(files.Store), FileMode.Create, FileAccess.ReadWrite);
        WriteHeader(_blockWriter, generatorKey, _id);
    }

    /// <summary>Whether this build adds to the last build's store rather than writing a new one.</summary>
    internal bool Appending => _previous is not null && ReferenceEquals(_previous, _next);

    /// <summary>The index the last build made, if it left one and its store of analyses can be read.</summary>
    internal SearchIndexState? PreviousIndex => _previousIndex.Value;

    /// <summary>Keeps this build's index for the next build.</summary>
    internal void SaveIndex(SearchIndexState state) => state.Write(SearchCacheFiles.Next(_files.Index), _generatorKey);

    /// <summary>The key of a document's analysis; null when its body's hash is not known.</summary>
    public static string? KeyOf(SearchDocument document, bool english, bool withPositions)
    {
        if (document.BodyHash is null)
        {
            return null;
        }

        var fingerprint = new Fingerprint()
            .Mark(english ? 'e' : '-')
            .Mark(withPositions ? 'p' : '-')
            .Add(document.Title)
            .Add(document.Subtitle)
            .Add(document.Meta.Count);
        foreach (var name in document.Meta)
        {
            fingerprint.Add(name);
        }

        return fingerprint.Add(document.BodyHash).Hex();
    }

    /// <summary>The analysis the previous build stored under this key, if any. Safe to call from several threads.</summary>
    /// <returns>The analysis, and the entry's bytes, which <see cref="Add"/> copies into a new store as they are.</returns>
    internal (DocumentTerms Terms, string Excerpt, byte[] Entry)? TryRead(string? key, bool withPositions)
    {
        if (ReadEntry(key) is not { } bytes)
        {
            return null;
        }

        using var reader = new CacheReader(new MemoryStream(bytes), share: false);
        var terms = new DocumentTerms(withPositions) { BodyLength = reader.ReadInt32() };
        var excerpt = reader.ReadString();
        var termCount = reader.Read7BitEncodedInt();
        terms.Terms.EnsureCapacity(termCount);
        for (var i = 0; i < termCount; i++)
        {
            var term = reader.ReadString();
            var code = reader.Read7BitEncodedInt();
            var positions = DocumentTerms.NoPositions;
            if (withPositions)
            {
                var count = reader.Read7BitEncodedInt();
                positions = new List<int>(count);
                for (var j = 0; j < count; j++)
                {
                    positions.Add(reader.Read7BitEncodedInt());
                }
            }

            terms.Terms[term] = (code, positions);
        }

        var formCount = reader.Read7BitEncodedInt();
        terms.Forms.EnsureCapacity(formCount);
        for (var i = 0; i < formCount; i++)
        {
            terms.Forms[reader.ReadString()] = reader.ReadString();
        }

        return (terms, excerpt, bytes);
    }

    /// <summary>Whether the previous build's store has an analysis under this key.</summary>
    internal bool HadBefore(string? key) => key is not null && _previousTable?.Entries.ContainsKey(key) == true;

    /// <summary>Keeps the previous store's entry under <paramref name="key"/> in this build's, unread; false if it has none.</summary>
    /// <param name="entry">The entry's bytes, when the caller has read them already.</param>
    internal bool TryCopy(string key, byte[]? entry = null)
    {
        if (_nextTable.ContainsKey(key))
        {
            return true;
        }

        if (_previousTable is null || !_previousTable.Entries.TryGetValue(key, out var place))
        {
            return false;
        }

        if (Appending)
        {
            _nextTable[key] = place;
            return true;
        }

        AddEntry(key, entry ?? ReadEntry(key)!);
        return true;
    }

    /// <summary>Adds a document's analysis to this build's store. Called from one thread at a time.</summary>
    /// <param name="stored">The entry as <see cref="TryRead"/> found it in the previous store, if it came from there.</param>
    internal void Add(string? key, DocumentTerms terms, string excerpt, bool withPositions, byte[]? stored)
    {
        if (key is null || _nextTable.ContainsKey(key))
        {
            return;
        }

        if (stored is not null)
        {
            if (!TryCopy(key, stored))
            {
                AddEntry(key, stored);
            }

            return;
        }

        var offset = _block.Position;
        _blockWriter.Write(terms.BodyLength);
        _blockWriter.Write(excerpt);
        _blockWriter.Write7BitEncodedInt(terms.Terms.Count);
        foreach (var (term, (code, positions)) in terms.Terms)
        {
            _blockWriter.Write(term);
            _blockWriter.Write7BitEncodedInt(code);
            if (withPositions)
            {
                _blockWriter.Write7BitEncodedInt(positions.Count);
                foreach (var position in positions)
                {
                    _blockWriter.Write7BitEncodedInt(position);
                }
            }
        }

        _blockWriter.Write7BitEncodedInt(terms.Forms.Count);
        foreach (var (form, stem) in terms.Forms)
        {
            _blockWriter.Write(form);
            _blockWriter.Write(stem);
        }

        // The writer keeps nothing back: the block's position counts all it was given.
        Added(key, offset);
    }

    /// <summary>Writes the rest of the store, then the table that says where its entries are.</summary>
    public void Finish()
    {
        WriteBlock();
        new SearchStoreTable(_id, _end, _nextTable).Write(SearchCacheFiles.Next(_files.Table), _generatorKey);
    }

    public void Dispose()
    {
        _blockWriter.Dispose();
        _block.Dispose();
        _next.Dispose();
        _previous?.Dispose();
    }

    /// <summary>The bytes of the previous store's entry under <paramref name="key"/>; null if it has none.</summary>
    private byte[]? ReadEntry(string? key)
    {
        if (key is null || _previous is null || !_previousTable!.Entries.TryGetValue(key, out var place))
        {
            return null;
        }

        var bytes = new byte[place.Length];
        if (RandomAccess.Read(_previous, bytes, place.Offset) != bytes.Length)
        {
            throw new IOException($"{_files.Store} ends before the entry its table gives at {place.Offset}");
        }

        return bytes;
    }

    private void AddEntry(string key, byte[] entry)
    {
        var offset = _block.Position;
        _blockWriter.Write(entry);
        Added(key, offset);
    }

    /// <summary>Notes where the entry just put in the block, from <paramref name="offset"/> in it, lies in the store.</summary>
    private void Added(string key, long offset)
    {
        _nextTable[key] = (_end + offset, (int)(_block.Position - offset));
        if (_block.Length >= BlockSize)
        {
            WriteBlock();
        }
    }

    private void WriteBlock()
    {
        RandomAccess.Write(_next, _block.GetBuffer().AsSpan(0, (int)_block.Length), _end);
        _end += _block.Length;
        _block.SetLength(0);
    }

    private static void WriteHeader(BinaryWriter writer, string generatorKey, long id)
    {
        CacheFileHeader.Write(writer, Magic, Format, generatorKey);
        writer.Write(id);
    }

    /// <summary>Whether the entries no longer in use take enough of the store to write it afresh.</summary>
    private static bool Compacting(SearchStoreTable table)
    {
        var used = 0L;
        foreach (var (_, length) in table.Entries.Values)
        {
            used += length;
        }

        var garbage = table.End - used;
        return garbage > CompactAbove && garbage > CompactWhenGarbageExceeds * table.End;
    }

    /// <summary>The last build's table, and its store opened to read and add to; nulls if either is missing, unreadable or not the other's.</summary>
    private (SearchStoreTable?, SafeFileHandle?) OpenPrevious()
    {
        if (SearchStoreTable.Read(_files.Table, _generatorKey) is not { } table || !File.Exists(_files.Store))
        {
            return (null, null);
        }

        SafeFileHandle? handle = null;
        try
        {
            handle = File.OpenHandle(_files.Store, FileMode.Open, FileAccess.ReadWrite);
            using var header = new MemoryStream();
            using (var writer = new BinaryWriter(header, Encoding.UTF8, leaveOpen: true))
            {
                WriteHeader(writer, _generatorKey, table.Id);
            }

            var expected = header.ToArray();
            var found = new byte[expected.Length];
            if (RandomAccess.GetLength(handle) >= table.End
                && table.End >= expected.Length
                && RandomAccess.Read(handle, found, 0) == found.Length
                && found.AsSpan().SequenceEqual(expected))
            {
                return (table, handle);
            }
        }
        catch (IOException)
        {
        }

        handle?.Dispose();
        return (null, null);
    }
}
