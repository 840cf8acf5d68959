using System.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Broadsheet.Render;

/// <summary>A Scriban context that HTML-escapes every value a template prints, except <see cref="RawHtml"/>.</summary>
public sealed class HtmlTemplateContext : TemplateContext
{
    /// <summary>A page's content up to this many characters fits in the one chunk <see cref="Content"/> keeps between pages.</summary>
    private const int ContentChunk = 8000;

    public HtmlTemplateContext(ScriptObject builtins)
        : base(builtins)
    {
    }

    /// <summary>Where a page's content is rendered before the layout prints it: emptied, ready for the next page.</summary>
    public StringBuilder Content { get; private set; } = new(ContentChunk);

    /// <summary>
    /// Empties <see cref="Content"/> for the next page. A content of several chunks is let go instead: emptying it would
    /// copy its capacity into one array, as large as the largest page.
    /// </summary>
    public void ClearContent()
    {
        if (Content.Capacity > ContentChunk)
        {
            Content = new StringBuilder(ContentChunk);
        }

        Content.Clear();
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
