namespace Broadsheet.Load;

/// <summary>A content file split into its parsed front matter and its Markdown body.</summary>
/// <param name="Parts">The file as split: its body is copied out of the file's text only when asked for.</param>
public sealed record ContentDocument(
    SourceFile File,
    FrontMatterMapping FrontMatter,
    FrontMatterSplitter.Parts Parts)
{
    public string Body => Parts.Body;

    /// <summary>The file line on which the body starts (1-based).</summary>
    public int BodyLine => Parts.BodyLine;
}
