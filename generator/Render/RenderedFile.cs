namespace Broadsheet.Render;

/// <summary>A file other than a page — a feed, the sitemap, robots.txt — ready to be written.</summary>
public sealed record RenderedFile(string OutputPath, string Text);
