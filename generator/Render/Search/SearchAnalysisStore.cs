using System.Text;
using Broadsheet.Cache;
using Microsoft.Win32.SafeHandles;

namespace Broadsheet.Render.Search;

/// <summary>
/// Each article's analysis for the search index (its terms, word forms, length and opening words), kept in the build
/// cache between builds: an article whose title, names and body are unchanged is not read, parsed or tokenized again.
/// Entries are found by what they are made from, so a stale entry is never used, only left behind.
/// </summary>
/// <remarks>
/// The file is the entries one after another, then a table of each one's key, offset and length, then the table's
/// offset. A build reads the previous file by offset (any entry, from any thread) and writes a new one as it goes,
/// which the cache moves into place once the build has succeeded.
/// </remarks>
public sealed class SearchAnalysisStore : IDisposable
{
    private const string Magic = "broadsheet-search";
    private const int Format = 1;

    private readonly string _generatorKey;
    private readonly SafeFileHandle? _previous;
    private readonly Dictionary<string, (long Offset, int Length)> _previousTable = new(StringComparer.Ordinal);
    private readonly FileStream _next;
    private readonly BinaryWriter _nextWriter;
    private readonly Dictionary<string, (long Offset, int Length)> _nextTable = new(StringComparer.Ordinal);
    private readonly string _previousIndexPath;
    private readonly string _nextIndexPath;
    private readonly Lazy<SearchIndexState?> _previousIndex;

    /// <param name="previousPath">The store the last build left (it may be missing or unreadable: nothing is reused then).</param>
    /// <param name="nextPath">Where this build's store is written.</param>
    /// <param name="previousIndexPath">The index the last build made (<see cref="SearchIndexState"/>), if any.</param>
    /// <param name="nextIndexPath">Where this build's index is kept.</param>
    public SearchAnalysisStore(string previousPath, string nextPath, string previousIndexPath, string nextIndexPath, string generatorKey)
    {
        _generatorKey = generatorKey;
        _previousIndexPath = previousIndexPath;
        _nextIndexPath = nextIndexPath;
        _previousIndex = new Lazy<SearchIndexState?>(() => _previous is null ? null : SearchIndexState.Read(_previousIndexPath, _generatorKey));
        _previous = OpenPrevious(previousPath);
        Directory.CreateDirectory(Path.GetDirectoryName(nextPath)!);
        _next = new FileStream(nextPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        _nextWriter = new BinaryWriter(_next, Encoding.UTF8, leaveOpen: true);
        _nextWriter.Write(Magic);
        _nextWriter.Write(Format);
        _nextWriter.Write(generatorKey);
    }

    /// <summary>The index the last build made, if it left one and its store of analyses can be read.</summary>
    internal SearchIndexState? PreviousIndex => _previousIndex.Value;

    /// <summary>Keeps this build's index for the next build.</summary>
    internal void SaveIndex(SearchIndexState state) => state.Write(_nextIndexPath, _generatorKey);

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
    /// <returns>The analysis, and the entry's bytes, which <see cref="Add"/> copies into the new store as they are.</returns>
    internal (DocumentTerms Terms, string Excerpt, byte[] Entry)? TryRead(string? key, bool withPositions)
    {
        if (ReadEntry(key) is not { } bytes)
        {
            return null;
        }

        using var reader = new BinaryReader(new MemoryStream(bytes), Encoding.UTF8);
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

    /// <summary>Copies the previous store's entry under <paramref name="key"/> into this build's, unread; false if it has none.</summary>
    internal bool TryCopy(string key)
    {
        if (_nextTable.ContainsKey(key))
        {
            return true;
        }

        if (ReadEntry(key) is not { } bytes)
        {
            return false;
        }

        AddEntry(key, bytes);
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
            AddEntry(key, stored);
            return;
        }

        var offset = _next.Position;

        _nextWriter.Write(terms.BodyLength);
        _nextWriter.Write(excerpt);
        _nextWriter.Write7BitEncodedInt(terms.Terms.Count);
        foreach (var (term, (code, positions)) in terms.Terms)
        {
            _nextWriter.Write(term);
            _nextWriter.Write7BitEncodedInt(code);
            if (withPositions)
            {
                _nextWriter.Write7BitEncodedInt(positions.Count);
                foreach (var position in positions)
                {
                    _nextWriter.Write7BitEncodedInt(position);
                }
            }
        }

        _nextWriter.Write7BitEncodedInt(terms.Forms.Count);
        foreach (var (form, stem) in terms.Forms)
        {
            _nextWriter.Write(form);
            _nextWriter.Write(stem);
        }

        // The writer keeps nothing back: the stream's position counts what its buffer holds.
        _nextTable[key] = (offset, (int)(_next.Position - offset));
    }

    /// <summary>The bytes of the previous store's entry under <paramref name="key"/>; null if it has none.</summary>
    private byte[]? ReadEntry(string? key)
    {
        if (key is null || _previous is null || !_previousTable.TryGetValue(key, out var place))
        {
            return null;
        }

        var bytes = new byte[place.Length];
        RandomAccess.Read(_previous, bytes, place.Offset);
        return bytes;
    }

    private void AddEntry(string key, byte[] entry)
    {
        _nextTable[key] = (_next.Position, entry.Length);
        _nextWriter.Write(entry);
    }

    /// <summary>Writes the table that ends the new store.</summary>
    public void Finish()
    {
        var tableOffset = _next.Position;
        _nextWriter.Write(_nextTable.Count);
        foreach (var (key, (offset, length)) in _nextTable.OrderBy(e => e.Value.Offset))
        {
            _nextWriter.Write(key);
            _nextWriter.Write(offset);
            _nextWriter.Write(length);
        }

        _nextWriter.Write(tableOffset);
        _nextWriter.Flush();
    }

    public void Dispose()
    {
        _nextWriter.Dispose();
        _next.Dispose();
        _previous?.Dispose();
    }

    private SafeFileHandle? OpenPrevious(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        SafeFileHandle? handle = null;
        try
        {
            handle = File.OpenHandle(path);
            using var stream = new FileStream(handle, FileAccess.Read, 1 << 16);
            using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
            if (reader.ReadString() != Magic || reader.ReadInt32() != Format || reader.ReadString() != _generatorKey)
            {
                handle.Dispose();
                return null;
            }

            stream.Seek(-sizeof(long), SeekOrigin.End);
            stream.Seek(reader.ReadInt64(), SeekOrigin.Begin);
            var count = reader.ReadInt32();
            for (var i = 0; i < count; i++)
            {
                _previousTable[reader.ReadString()] = (reader.ReadInt64(), reader.ReadInt32());
            }

            // The FileStream shares the handle; reopen so that disposing the stream leaves a handle for positional reads.
            handle.Dispose();
            return File.OpenHandle(path);
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or ArgumentException or FormatException)
        {
            handle?.Dispose();
            _previousTable.Clear();
            return null;
        }
    }
}
