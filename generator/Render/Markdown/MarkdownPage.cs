using Broadsheet.Model;

namespace Broadsheet.Render.Markdown;

/// <summary>A Markdown text to convert, with where it comes from and which page it lands on.</summary>
/// <param name="SourcePath">The file's path in the source folder, against which relative links resolve.</param>
/// <param name="PagePath">The output path of the page that shows it, against which links are made relative.</param>
public sealed record MarkdownPage(MarkdownText Markdown, string SourcePath, string PagePath);
