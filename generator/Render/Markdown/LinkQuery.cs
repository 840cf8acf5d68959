namespace Broadsheet.Render.Markdown;

/// <summary>One question a body's links asked of the site while it was converted, and the answer.</summary>
/// <param name="Static">True for "is this a static file?", false for "which page is this article on?".</param>
public sealed record LinkQuery(bool Static, string Argument, string? Answer);
