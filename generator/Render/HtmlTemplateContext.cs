using System.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Broadsheet.Render;

/// <summary>A Scriban context that HTML-escapes every value a template prints, except <see cref="RawHtml"/>.</summary>
public sealed class HtmlTemplateContext : TemplateContext
{
    private readonly List<int> _contentAt = [];
    private RawHtml? _content;

    public HtmlTemplateContext(ScriptObject builtins)
        : base(builtins)
    {
    }

    /// <summary>Where the layout is rendered, kept between pages (the content is in the context's own output).</summary>
    public StringBuilderOutput Layout { get; } = new(new StringBuilder(16 * 1024));

    /// <summary>Where in <see cref="Layout"/> the layout printed the content (<see cref="DeferContent"/>), in order.</summary>
    public IReadOnlyList<int> ContentAt => _contentAt;

    /// <summary>
    /// While the layout renders, printing <paramref name="content"/> notes its place instead of copying it: the page is
    /// then put together from the two outputs, and a content of hundreds of kilobytes is never copied into a string.
    /// </summary>
    /// <remarks>
    /// Only where the layout's own output is being written: content printed into a capture or a partial's output is
    /// copied there as any other HTML.
    /// </remarks>
    public void DeferContent(RawHtml content)
    {
        _content = content;
        _contentAt.Clear();
    }

    /// <summary>Prints content as any other HTML again; <see cref="ContentAt"/> keeps the places noted.</summary>
    public void StopDeferring() => _content = null;

    public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
    {
        null => this,
        RawHtml raw when ReferenceEquals(raw, _content) && ReferenceEquals(Output, Layout) && CurrentIndent is null => NoteContent(),
        RawHtml raw => base.Write(span, raw.Value),
        string text => base.Write(span, Html.Escape(text)),
        _ => base.Write(span, Html.Escape(ObjectToString(textAsObject) ?? "")),
    };

    private HtmlTemplateContext NoteContent()
    {
        _contentAt.Add(Layout.Builder.Length);
        return this;
    }
}
