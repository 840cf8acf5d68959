namespace Broadsheet.Import;

/// <summary>A topic (or a section) made from a category or tag: an id and a title.</summary>
public sealed record ImportedTopic(string Id, string Title, string? Description = null);
