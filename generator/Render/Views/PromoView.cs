namespace Broadsheet.Render.Views;

/// <summary>A promotion in a page's "Further reading" box: its title linking out, its picture and its few words.</summary>
/// <param name="Url">Where it leads, as written (an absolute address).</param>
/// <param name="Image">Its picture (a photograph's thumbnail sizes, or a drawing); null when it has none.</param>
/// <param name="Body">Its Markdown body as HTML; null when it has none.</param>
public sealed record PromoView(string Title, string Url, ImageView? Image, RawHtml? Body);
