using System.Text;
using Broadsheet.Common;
using Broadsheet.Model;

namespace Broadsheet.Render;

/// <summary>HTML that templates print as it is: the rendered body and included partials. Everything else is escaped.</summary>
/// <remarks>
/// A body's HTML is made only when a template prints it. Until then, a key for what it would be made from stands in for
/// it in a page's fingerprint, so an unchanged page is recognised without converting its body.
/// </remarks>
public sealed class RawHtml : IFingerprinted, IEquatable<RawHtml>
{
    private readonly Lazy<string> _value;
    private readonly Func<string?>? _key;
    private readonly MarkdownText? _source;
    private readonly StringBuilder? _chunks;

    /// <param name="source">The Markdown the HTML was converted from, if any: a fingerprint notes it (<see cref="Fingerprint.Uses"/>).</param>
    public RawHtml(string value, MarkdownText? source = null)
    {
        _value = new Lazy<string>(value);
        _source = source;
    }

    /// <param name="chunks">HTML kept in a builder's chunks (a page's content, printed inside the layout), so that a page of
    /// hundreds of kilobytes is never one string on the large-object heap.</param>
    public RawHtml(StringBuilder chunks)
    {
        _value = new Lazy<string>(chunks.ToString);
        _chunks = chunks;
    }

    /// <param name="produce">Makes the HTML, once, when it is first printed.</param>
    /// <param name="key">What the HTML is made from; null when that is not known, and then the HTML itself is fingerprinted.</param>
    /// <param name="source">The Markdown the HTML is converted from.</param>
    public RawHtml(Func<string> produce, Func<string?> key, MarkdownText source)
    {
        _value = new Lazy<string>(produce);
        _key = key;
        _source = source;
    }

    public string Value => _value.Value;

    /// <summary>HTML up to this many characters is printed as one string.</summary>
    private const int SinglePiece = 16 * 1024;

    /// <summary>The HTML in pieces of at most a few thousand characters, each a string of its own.</summary>
    public IEnumerable<string> Pieces()
    {
        if (_chunks is null || _chunks.Length <= SinglePiece)
        {
            yield return Value;
            yield break;
        }

        foreach (var chunk in _chunks.GetChunks())
        {
            yield return new string(chunk.Span);
        }
    }

    public void AddTo(Fingerprint fingerprint)
    {
        if (_source is not null)
        {
            fingerprint.Uses(_source);
        }

        if (_key?.Invoke() is { } key)
        {
            fingerprint.Mark('k').Add(key);
        }
        else
        {
            fingerprint.Mark('v').Add(Value);
        }
    }

    public bool Equals(RawHtml? other) => other is not null && Value == other.Value;

    public override bool Equals(object? obj) => Equals(obj as RawHtml);

    public override int GetHashCode() => Value.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => Value;
}
