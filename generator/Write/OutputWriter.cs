using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using Broadsheet.Common;

namespace Broadsheet.Write;

/// <summary>
/// Writes a build's files into the staging folder, and remembers each one for the next build. When the staging folder
/// starts from the previous output (hard links), a file whose bytes did not change is left as it is, and a page whose
/// fingerprint did not change is not even rendered: only what changed is written.
/// </summary>
public sealed class OutputWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly StagingFolder _staging;
    private readonly IReadOnlyDictionary<string, OutputEntry> _previous;
    private readonly IReadOnlySet<string> _linked;
    private readonly ConcurrentDictionary<string, OutputEntry> _written;
    private readonly ConcurrentDictionary<string, bool> _fresh = new(StringComparer.Ordinal);

    /// <param name="previous">The files of the previous build, by path; empty for a build from scratch.</param>
    /// <param name="linked">Those of them linked into the staging folder.</param>
    public OutputWriter(StagingFolder staging, IReadOnlyDictionary<string, OutputEntry> previous, IReadOnlySet<string> linked)
    {
        _staging = staging;
        _previous = previous;
        _linked = linked;
        _written = ConcurrentTable.ByString<OutputEntry>(previous.Count);
    }

    /// <summary>Every file of this build so far, as the cache will remember it.</summary>
    public IReadOnlyDictionary<string, OutputEntry> Files => _written;

    /// <summary>How many files this build actually wrote (the rest were kept from the previous output).</summary>
    public int Rewritten => _fresh.Count;

    /// <summary>The files this build wrote, as opposed to those it kept from the previous output.</summary>
    public ICollection<string> Fresh => _fresh.Keys;

    /// <summary>The files of the previous output that this build did not make again.</summary>
    public IEnumerable<string> Removed => _linked.Where(p => !_written.ContainsKey(p));

    /// <summary>Notes a hash of the ids a page defines (see <see cref="OutputEntry.IdsHash"/>).</summary>
    public void SetIds(string outputPath, string idsHash) => _written[outputPath] = _written[outputPath] with { IdsHash = idsHash };

    /// <summary>Whether the previous output had this page with other ids (or ids not known).</summary>
    public bool IdsChanged(string outputPath, string idsHash) => _previous.TryGetValue(outputPath, out var entry) && entry.IdsHash != idsHash;

    /// <summary>The previous output's entry for a file the staging folder holds as the last build left it; null when it has none.</summary>
    public OutputEntry? Previous(string outputPath) => TryGetKept(outputPath, out var entry) ? entry : null;

    /// <summary>Keeps the previous output's file as it is (see <see cref="Previous"/>).</summary>
    /// <param name="sources">The Markdown texts the page's fingerprint holds, when it was just made; null to keep those noted before.</param>
    public void Keep(string outputPath, IReadOnlyCollection<string>? sources = null) =>
        _written[outputPath] = sources is null ? _previous[outputPath] : _previous[outputPath] with { Sources = sources };

    /// <summary>Keeps the previous output's file, if it has it as the last build left it; false if it does not.</summary>
    public bool TryKeep(string outputPath)
    {
        if (!TryGetKept(outputPath, out var entry))
        {
            return false;
        }

        _written[outputPath] = entry;
        return true;
    }

    private const int LargeText = 256 * 1024;

    /// <returns>False when the previous output already had these bytes there, so nothing was written.</returns>
    /// <param name="sources">For a page, the Markdown texts its fingerprint holds (<see cref="OutputEntry.Sources"/>).</param>
    /// <param name="theme">For a page or a book, the key of the theme files it was made with (<see cref="OutputEntry.Theme"/>).</param>
    public bool WriteText(string outputPath, string text, string? fingerprint = null, IReadOnlyCollection<string>? sources = null, string? theme = null) =>
        WriteText(outputPath, text.AsSpan(), fingerprint, sources, theme);

    /// <inheritdoc cref="WriteText(string, string, string?, IReadOnlyCollection{string}?, string?)"/>
    public bool WriteText(string outputPath, ReadOnlySpan<char> text, string? fingerprint = null, IReadOnlyCollection<string>? sources = null, string? theme = null)
    {
        // Encoded into a pooled buffer: a page's bytes are often large enough for the large-object heap, which only a full collection frees.
        // A large page (a long list, up to megabytes) is measured first, so the buffer the pool keeps afterwards is its
        // size, not three times its characters.
        var size = text.Length < LargeText ? Utf8NoBom.GetMaxByteCount(text.Length) : Utf8NoBom.GetByteCount(text);
        var buffer = ArrayPool<byte>.Shared.Rent(size);
        try
        {
            return WriteBytes(outputPath, buffer.AsSpan(0, Utf8NoBom.GetBytes(text, buffer)), fingerprint, sources, theme);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// A file kept in a builder's chunks (a feed, the sitemap, a file of the search index), encoded a chunk at a time into
    /// a small pooled buffer: hashed first, then written only if its bytes changed. A file of megabytes (the search
    /// index's) would otherwise take a buffer from the large-object heap, whose allocations set off full collections.
    /// </summary>
    /// <returns>False when the previous output already had these bytes there, so nothing was written.</returns>
    public bool WriteText(string outputPath, StringBuilder text)
    {
        // Counted by encoding too: a count chunk by chunk would take a character split between two chunks for two broken ones.
        var encoder = Utf8NoBom.GetEncoder();
        var size = 0L;
        EncodeInPieces(text, encoder, piece => size += piece.Length);
        var fingerprint = new Fingerprint().AddBytesOfLength(size);
        EncodeInPieces(text, encoder, piece => fingerprint.AddPiece(piece));
        var hash = fingerprint.Hex();
        if (TryGetKept(outputPath, out var entry) && entry.ContentHash == hash)
        {
            _written[outputPath] = entry with { Fingerprint = null, Sources = null, Theme = null };
            return false;
        }

        using (var file = _staging.Create(outputPath))
        {
            EncodeInPieces(text, encoder, piece => file.Write(piece));
        }

        Written(outputPath, hash);
        return true;
    }

    private delegate void Piece(ReadOnlySpan<byte> bytes);

    /// <summary>The text's UTF-8 bytes, a piece at a time, through a pooled buffer of <see cref="PieceSize"/> bytes.</summary>
    private static void EncodeInPieces(StringBuilder text, Encoder encoder, Piece take)
    {
        encoder.Reset();
        var buffer = ArrayPool<byte>.Shared.Rent(PieceSize);
        try
        {
            foreach (var chunk in text.GetChunks())
            {
                for (var chars = chunk.Span; chars.Length > 0;)
                {
                    // A piece at a time: a chunk appended whole from a long string may be longer than a piece holds.
                    encoder.Convert(chars, buffer, flush: false, out var used, out var made, out _);
                    take(buffer.AsSpan(0, made));
                    chars = chars[used..];
                }
            }

            encoder.Convert([], buffer, flush: true, out _, out var last, out _);
            take(buffer.AsSpan(0, last));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private const int PieceSize = 64 * 1024;

    /// <summary>Notes a file this build just wrote into the staging folder.</summary>
    private void Written(string outputPath, string hash, string? fingerprint = null, IReadOnlyCollection<string>? sources = null, string? theme = null)
    {
        _fresh[outputPath] = true;
        var info = new FileInfo(_staging.FullPathOf(outputPath));
        _written[outputPath] = new OutputEntry(fingerprint, hash, info.Length, info.LastWriteTimeUtc.Ticks, Sources: sources, Theme: theme);
    }

    /// <returns>False when the previous output already had these bytes there, so nothing was written.</returns>
    public bool WriteBytes(
        string outputPath,
        ReadOnlySpan<byte> bytes,
        string? fingerprint = null,
        IReadOnlyCollection<string>? sources = null,
        string? theme = null)
    {
        var hash = Fingerprint.Of(bytes);
        if (TryGetKept(outputPath, out var entry) && entry.ContentHash == hash)
        {
            _written[outputPath] = entry with { Fingerprint = fingerprint, Sources = sources, Theme = theme };
            return false;
        }

        _staging.WriteBytes(outputPath, bytes);
        Written(outputPath, hash, fingerprint, sources, theme);
        return true;
    }

    /// <summary>The previous output's entry for a file the staging folder holds as the last build left it.</summary>
    private bool TryGetKept(string outputPath, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out OutputEntry entry)
    {
        entry = null;
        return _linked.Contains(outputPath) && _previous.TryGetValue(outputPath, out entry);
    }

    public void Copy(string outputPath, string sourceFile) => WriteBytes(outputPath, File.ReadAllBytes(sourceFile));

    /// <summary>
    /// Puts a file made elsewhere (a photograph's derivative, kept in the image store) at <paramref name="outputPath"/>, linked
    /// rather than copied; <paramref name="identity"/> names its bytes, so a file the previous output has with the same
    /// identity is kept without being read.
    /// </summary>
    public void Link(string outputPath, string sourceFile, string identity)
    {
        if (Previous(outputPath)?.Fingerprint == identity)
        {
            Keep(outputPath);
            return;
        }

        _staging.Link(outputPath, sourceFile);
        _fresh[outputPath] = true;
        var info = new FileInfo(_staging.FullPathOf(outputPath));
        _written[outputPath] = new OutputEntry(identity, identity, info.Length, info.LastWriteTimeUtc.Ticks);
    }

    /// <summary>Removes the files linked in from the previous output that this build did not make again.</summary>
    public void RemoveLeftovers()
    {
        foreach (var path in Removed.OrderByDescending(p => p, StringComparer.Ordinal).ToList())
        {
            _staging.Delete(path);
        }
    }
}
