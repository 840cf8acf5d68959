namespace Broadsheet.Render.Markdown;

/// <summary>A Markdown body rendered from one parse: its HTML, its first paragraph as plain text for lists, and its whole text for the search index.</summary>
public sealed record ConvertedMarkdown(string Html, string Summary, string PlainText);
