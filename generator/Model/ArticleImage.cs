namespace Broadsheet.Model;

/// <summary>An article's lead image: a file under <c>static/</c>, its alt text and optional caption.</summary>
public sealed record ArticleImage(string Path, string Alt, string? Caption);
