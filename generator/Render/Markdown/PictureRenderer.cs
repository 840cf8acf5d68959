using Broadsheet.Render.Views;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace Broadsheet.Render.Markdown;

/// <summary>
/// Writes an image of a body that is a photograph as a <c>&lt;picture&gt;</c> of its derivatives, sized for the article
/// column, loaded lazily, with its width and height; any other link or image as Markdig does.
/// </summary>
public sealed class PictureRenderer : LinkInlineRenderer
{
    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        if (!link.IsImage || !renderer.EnableHtmlForInline || link.GetData(typeof(ImageView)) is not ImageView picture)
        {
            base.Write(renderer, link);
            return;
        }

        renderer.Write("<picture>");
        foreach (var source in picture.Sources)
        {
            renderer.Write("<source type=\"").WriteEscape(source.Type).Write("\" srcset=\"").WriteEscape(source.Srcset)
                .Write("\" sizes=\"").Write(PictureViews.ColumnSizes).Write("\">");
        }

        renderer.Write("<img src=\"").WriteEscapeUrl(picture.Src).Write('"');
        if (picture.Srcset is { } srcset)
        {
            renderer.Write(" srcset=\"").WriteEscape(srcset).Write("\" sizes=\"").Write(PictureViews.ColumnSizes).Write('"');
        }

        if (picture is { Width: { } width, Height: { } height })
        {
            renderer.Write(" width=\"").Write(width.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Write("\" height=\"").Write(height.ToString(System.Globalization.CultureInfo.InvariantCulture)).Write('"');
        }

        renderer.Write(" alt=\"");
        var wasHtml = renderer.EnableHtmlForInline;
        renderer.EnableHtmlForInline = false;
        renderer.WriteChildren(link);
        renderer.EnableHtmlForInline = wasHtml;
        renderer.Write('"');
        if (!string.IsNullOrEmpty(link.Title))
        {
            renderer.Write(" title=\"").WriteEscape(link.Title).Write('"');
        }

        renderer.Write(" loading=\"lazy\" decoding=\"async\"></picture>");
    }
}
