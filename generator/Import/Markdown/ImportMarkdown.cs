using Markdig;

namespace Broadsheet.Import.Markdown;

/// <summary>Markdig with the extensions the build uses, to render imported Markdown back for checks.</summary>
public static class ImportMarkdown
{
    /// <summary>Built once; Markdig documents a built pipeline as thread-safe.</summary>
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseFootnotes()
        .UseFigures()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .UseSmartyPants()
        .UseEmphasisExtras()
        .Build();

    public static string ToHtml(string markdown) => Markdig.Markdown.ToHtml(markdown, Pipeline);
}
