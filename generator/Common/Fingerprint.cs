using System.Globalization;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Broadsheet.Common;

/// <summary>
/// A 128-bit hash built up from values, each written with its length or a type mark so that
/// ("ab", "c") and ("a", "bc") differ. Incremental builds compare fingerprints of what a page shows.
/// </summary>
public sealed class Fingerprint
{
    /// <summary>A hasher that a finished fingerprint gave back, for the next one made on this thread: each holds half a kilobyte of state.</summary>
    [ThreadStatic]
    private static XxHash128? t_spare;

    private XxHash128? _hash = TakeSpare();
    private string? _hex;
    private readonly HashSet<string>? _sources;
    private readonly Dictionary<string, string>? _prose;

    public Fingerprint()
    {
    }

    /// <param name="mode">What a Markdown text adds (see <see cref="MarkdownMode"/>).</param>
    public Fingerprint(MarkdownMode mode)
    {
        Markdown = mode;
        _sources = mode == MarkdownMode.ContentAndSource ? new HashSet<string>(StringComparer.Ordinal) : null;
        _prose = mode == MarkdownMode.Place ? new Dictionary<string, string>(StringComparer.Ordinal) : null;
    }

    public MarkdownMode Markdown { get; } = MarkdownMode.Content;

    /// <summary>
    /// With <see cref="MarkdownMode.ContentAndSource"/>, the Markdown texts (by source, <see cref="Model.MarkdownText.Source"/>) whose content went into this
    /// fingerprint: while none of them changes, nor anything else it holds, the fingerprint stays the same. Else empty.
    /// A plain array, as the manifest keeps one for every page of the site until the build ends.
    /// </summary>
    public string[] Sources => _sources?.ToArray() ?? [];

    /// <summary>With <see cref="MarkdownMode.Place"/>, the hash of each Markdown text left out of this fingerprint, by its source (<see cref="Model.MarkdownText.Source"/>). Else empty.</summary>
    public IReadOnlyDictionary<string, string> Prose => (IReadOnlyDictionary<string, string>?)_prose ?? new Dictionary<string, string>();

    /// <summary>Notes a Markdown text that this fingerprint counts (see <see cref="Sources"/> and <see cref="Prose"/>).</summary>
    public Fingerprint Uses(Model.MarkdownText text)
    {
        _sources?.Add(text.Source);
        if (_prose is not null)
        {
            _prose[text.Source] = text.Hash;
        }

        return this;
    }

    public Fingerprint Add(string? text) => text is null ? Mark('n') : Add(text.AsSpan());

    public Fingerprint Add(ReadOnlySpan<char> text)
    {
        // The UTF-16 code units as they are: no copy, and a fingerprint is only ever compared on the machine that made it.
        Mark('s').Add(text.Length);
        Hash.Append(MemoryMarshal.AsBytes(text));
        return this;
    }

    public Fingerprint Add(long number)
    {
        Span<byte> bytes = stackalloc byte[sizeof(long)];
        BitConverter.TryWriteBytes(bytes, number);
        Hash.Append(bytes);
        return this;
    }

    public Fingerprint Add(ReadOnlySpan<byte> bytes)
    {
        Mark('b').Add(bytes.Length);
        Hash.Append(bytes);
        return this;
    }

    /// <summary>A one-character tag that separates kinds of value (null, string, list, object…).</summary>
    public Fingerprint Mark(char mark)
    {
        Span<byte> bytes = [(byte)mark];
        Hash.Append(bytes);
        return this;
    }

    /// <summary>The hash as 32 hex digits. The fingerprint is finished: nothing more can be added to it.</summary>
    public string Hex()
    {
        if (_hex is null)
        {
            _hex = Convert.ToHexStringLower(Hash.GetCurrentHash());
            _hash!.Reset();
            t_spare = _hash;
            _hash = null;
        }

        return _hex;
    }

    private XxHash128 Hash => _hash ?? throw new InvalidOperationException("the fingerprint is finished: its hex was taken");

    private static XxHash128 TakeSpare()
    {
        var spare = t_spare;
        t_spare = null;
        return spare ?? new XxHash128();
    }

    /// <summary>The fingerprint of some bytes, as 32 hex digits.</summary>
    public static string Of(ReadOnlySpan<byte> bytes) => new Fingerprint().Add(bytes).Hex();

    /// <summary>
    /// Starts adding bytes that come in pieces (<see cref="AddPiece"/>): once all <paramref name="length"/> of them are
    /// added, the fingerprint is the one <see cref="Add(ReadOnlySpan{byte})"/> of them whole gives.
    /// </summary>
    public Fingerprint AddBytesOfLength(long length) => Mark('b').Add(length);

    /// <summary>Adds the next piece of the bytes begun with <see cref="AddBytesOfLength"/>.</summary>
    public Fingerprint AddPiece(ReadOnlySpan<byte> piece)
    {
        Hash.Append(piece);
        return this;
    }

    /// <summary>The fingerprint of a file's bytes, the same as <see cref="Of(ReadOnlySpan{byte})"/> of them, read a piece at a time.</summary>
    public static string OfFile(Stream file)
    {
        var fingerprint = new Fingerprint().AddBytesOfLength(file.Length);
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(1 << 20);
        try
        {
            int read;
            while ((read = file.Read(buffer)) > 0)
            {
                fingerprint.AddPiece(buffer.AsSpan(0, read));
            }

            return fingerprint.Hex();
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    internal Fingerprint AddInvariant(IFormattable value) => Add(value.ToString(null, CultureInfo.InvariantCulture));
}

/// <summary>How a Markdown text counts in a <see cref="Fingerprint"/>.</summary>
public enum MarkdownMode
{
    /// <summary>By its content (its hash), where it sits and whether it is empty.</summary>
    Content,

    /// <summary>As <see cref="Content"/>, and its source (<see cref="Model.MarkdownText.Source"/>) is noted in <see cref="Fingerprint.Sources"/>.</summary>
    ContentAndSource,

    /// <summary>By where it sits and whether it is empty, not by what it says: the shape of a model, not its prose.</summary>
    Place,
}
