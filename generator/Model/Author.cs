namespace Broadsheet.Model;

/// <summary>A writer named in bylines; <c>authors/*.md</c> may add a display name and a bio.</summary>
public sealed record Author(string Id, string Name, string? Bio);
