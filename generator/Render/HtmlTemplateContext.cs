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
        RawHtml raw => base.Write(span, raw.Value),
        string text => base.Write(span, Html.Escape(text)),
        _ => base.Write(span, Html.Escape(ObjectToString(textAsObject) ?? "")),
    };
}
