using Broadsheet.Common;

namespace Broadsheet.Write;

/// <summary>One file a build wrote, as the cache remembers it.</summary>
/// <param name="Fingerprint">For a page, the fingerprint of what its templates saw; for an EPUB, of its issue; null for other files.</param>
/// <param name="ContentHash">A hash of the file's bytes.</param>
/// <param name="Size">Its size and last-write time once written, to tell whether someone changed the output since.</param>
/// <param name="IdsHash">For a page, a hash of the ids it defines, which links from other pages may name: when it changes, every page is checked again.</param>
/// <param name="Sources">
/// For a page, the Markdown texts (by source, <see cref="Model.MarkdownText.Source"/>) whose content its fingerprint holds. If the model is the same in all
/// but its prose, and none of these changed, the fingerprint is the same: the page is kept without making its views.
/// </param>
/// <param name="Theme">
/// For a page or a book, the key of the theme files it was made with (<c>Render.TemplateKeys</c>): its fingerprint stands
/// only while the theme has a template with that key.
/// </param>
public sealed record OutputEntry(
    string? Fingerprint,
    string ContentHash,
    long Size,
    long WriteTicks,
    string? IdsHash = null,
    IReadOnlyCollection<string>? Sources = null,
    string? Theme = null);
