namespace Broadsheet.Load;

/// <summary>A content file split into its parsed front matter and its Markdown body.</summary>
/// <param name="BodyLine">The file line on which the body starts (1-based).</param>
public sealed record ContentDocument(
    SourceFile File,
    FrontMatterMapping FrontMatter,
    string Body,
    int BodyLine);
