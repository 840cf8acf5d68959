namespace Broadsheet.Books;

/// <summary>An image of <c>static/</c> packed into the book.</summary>
/// <param name="SitePath">Its path in the site (below <c>static/</c>).</param>
/// <param name="Href">Its address inside the book, relative to the package document.</param>
public sealed record EpubImage(string SitePath, string FullPath, string Href, string MediaType);
