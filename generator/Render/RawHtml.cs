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

    /// <param name="source">The Markdown the HTML was converted from, if any: a fingerprint notes it (<see cref="Fingerprint.Uses"/>).</param>
    public RawHtml(string value, MarkdownText? source = null)
    {
        _value = new Lazy<string>(value);
        _source = source;
    }

    /// <param name="builder">HTML in a builder (a page's content, which the layout places without copying it: see
    /// <see cref="HtmlTemplateContext.DeferContent"/>); made a string only if a template uses it as a value.</param>
    public RawHtml(StringBuilder builder)
    {
        _value = new Lazy<string>(builder.ToString);
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
