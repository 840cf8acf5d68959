using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Broadsheet.Render;

/// <summary>A Scriban context that HTML-escapes every value a template prints, except <see cref="RawHtml"/>.</summary>
public sealed class HtmlTemplateContext : TemplateContext
{
    public HtmlTemplateContext(ScriptObject builtins)
        : base(builtins)
    {
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
    {
        null => this,
        RawHtml raw => WritePieces(span, raw),
        string text => base.Write(span, Html.Escape(text)),
        _ => base.Write(span, Html.Escape(ObjectToString(textAsObject) ?? "")),
    };

    private HtmlTemplateContext WritePieces(SourceSpan span, RawHtml raw)
    {
        foreach (var piece in raw.Pieces())
        {
            base.Write(span, piece);
        }

        return this;
    }
}
