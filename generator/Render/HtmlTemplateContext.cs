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
    private IScriptOutput? _layout;

    public HtmlTemplateContext(ScriptObject builtins)
        : base(builtins)
    {
    }

    /// <summary>Where the layout is rendered, kept between pages (the content is in the context's own output).</summary>
    public StringBuilder Layout { get; } = new(16 * 1024);

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
    public void DeferContent(RawHtml content, IScriptOutput layout)
    {
        (_content, _layout) = (content, layout);
        _contentAt.Clear();
    }

    /// <summary>Prints content as any other HTML again; <see cref="ContentAt"/> keeps the places noted.</summary>
    public void StopDeferring() => (_content, _layout) = (null, null);

    public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
    {
        null => this,
        RawHtml raw when ReferenceEquals(raw, _content) && ReferenceEquals(Output, _layout) && CurrentIndent is null && Output is StringBuilderOutput output => NoteContent(output),
        RawHtml raw => WritePieces(span, raw),
        string text => base.Write(span, Html.Escape(text)),
        _ => base.Write(span, Html.Escape(ObjectToString(textAsObject) ?? "")),
    };

    private HtmlTemplateContext NoteContent(StringBuilderOutput output)
    {
        _contentAt.Add(output.Builder.Length);
        return this;
    }

    private HtmlTemplateContext WritePieces(SourceSpan span, RawHtml raw)
    {
        foreach (var piece in raw.Pieces())
        {
            base.Write(span, piece);
        }

        return this;
    }
}
