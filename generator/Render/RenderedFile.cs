using System.Text;

namespace Broadsheet.Render;

/// <summary>
/// A file other than a page — a feed, the sitemap, robots.txt, the search index's scripts — ready to be written. Its text
/// stays in the builder's chunks, so a file of megabytes never becomes one string (one object on the large-object heap).
/// </summary>
public sealed class RenderedFile(string outputPath, StringBuilder content)
{
    public RenderedFile(string outputPath, string text)
        : this(outputPath, new StringBuilder(text))
    {
    }

    public string OutputPath { get; } = outputPath;

    public StringBuilder Content { get; } = content;

    /// <summary>The whole text as one string, made on each call.</summary>
    public string Text => Content.ToString();
}
