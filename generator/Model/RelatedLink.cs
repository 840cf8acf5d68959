using Broadsheet.Diagnostics;

namespace Broadsheet.Model;

/// <summary>A link an editor listed under <c>related:</c>: another article, by its source file, or a page elsewhere.</summary>
/// <param name="SourcePath">The article's path in the source folder (<c>articles/2014/10/x.md</c>); null for a link elsewhere.</param>
/// <param name="Title">A link elsewhere's words; null for an article, which is shown by its own title.</param>
/// <param name="Url">A link elsewhere's absolute address; null for an article.</param>
/// <param name="Location">Where the front matter lists it.</param>
public sealed record RelatedLink(string? SourcePath, string? Title, string? Url, SourceLocation Location);
