namespace Broadsheet.Model;

/// <summary>A Markdown body and where it sits in its file, so positions inside it can be reported.</summary>
/// <param name="FirstLine">The 1-based file line of the body's first line.</param>
public sealed record MarkdownText(string Text, string DisplayPath, int FirstLine)
{
    public bool IsEmpty => string.IsNullOrWhiteSpace(Text);
}
