namespace Broadsheet.Model;

/// <summary>A page of the paper's own (<c>pages/about.md</c>: About, Contact, Subscribe), outside the archive's lists; its id is its file name.</summary>
/// <param name="SourcePath">The file's path in the source folder, e.g. <c>pages/about.md</c>: links in Markdown name it.</param>
public sealed record PaperPage(string Id, string Title, string? Description, MarkdownText Body, string SourcePath, [property: Common.MessagesOnly] string DisplayPath);
