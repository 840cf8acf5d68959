namespace Broadsheet.Render.Views;

/// <summary>
/// A link an editor picked (<c>related:</c>), as <c>partials/title-list.html</c> prints it: an article with its title,
/// date and thumbnail, or a page elsewhere with its title alone.
/// </summary>
/// <param name="Url">The article's page relative to this one, or the address elsewhere as written.</param>
/// <param name="Date">The article's date for readers; null for a page elsewhere.</param>
public sealed record RelatedLinkView(string Title, string Url, string? Date, string? DateIso, ImageView? Thumbnail);
