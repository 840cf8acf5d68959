namespace Broadsheet.Render.Markdown;

/// <summary>A Markdown body rendered: its HTML, and its first paragraph as plain text for lists.</summary>
public sealed record ConvertedMarkdown(string Html, string Summary);
