namespace Broadsheet.Render.Views;

/// <summary>One initial of the A–Z listing, with its titles.</summary>
/// <param name="Id">The anchor id of the letter's heading on the page that lists its titles.</param>
/// <param name="Url">Where the letter's titles are: an anchor on the one page, or the letter's own page.</param>
public sealed record LetterView(string Title, string Id, string Url, int Count, IReadOnlyList<ArticleLinkView> Articles);

/// <summary>What <c>a-z.html</c> and <c>letter.html</c> see.</summary>
/// <param name="Split">Whether each letter has its own page (a long archive).</param>
/// <param name="Letters">Every initial; on the index of a split listing, without their titles.</param>
/// <param name="Current">On a letter's page, that letter with its titles.</param>
public sealed record AzView(bool Split, IReadOnlyList<LetterView> Letters, LetterView? Current);
