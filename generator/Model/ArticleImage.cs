using Broadsheet.Diagnostics;

namespace Broadsheet.Model;

/// <summary>An article's lead image: a file under <c>static/</c>, its alt text and optional caption.</summary>
/// <param name="Location">Where the front matter names it, for a problem with the file.</param>
public sealed record ArticleImage(string Path, string Alt, string? Caption, SourceLocation Location);
