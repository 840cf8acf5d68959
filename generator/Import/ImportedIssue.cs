namespace Broadsheet.Import;

/// <summary>An issue the pages name: its id is its date.</summary>
public sealed record ImportedIssue(string Id, string Title, DateOnly Date, int? Number);
