namespace Broadsheet.Model;

/// <summary>A writer named in bylines; <c>authors/*.md</c> may add a display name, a bio and a portrait.</summary>
/// <param name="Portrait">A photograph of the writer under static/, for their page.</param>
public sealed record Author(string Id, string Name, string? Bio, ArticleImage? Portrait = null);
