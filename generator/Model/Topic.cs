namespace Broadsheet.Model;

/// <summary>A subject that articles are tagged with; its id is its file name.</summary>
public sealed record Topic(string Id, string Title, string? Description, MarkdownText Introduction);
