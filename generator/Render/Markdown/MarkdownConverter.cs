using System.Net;
using System.Text.RegularExpressions;
using Broadsheet.Diagnostics;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Broadsheet.Render.Markdown;

/// <summary>Converts article bodies to HTML with the one Markdig pipeline of the build, built once and shared.</summary>
public sealed partial class MarkdownConverter
{
    private const int SummaryWords = 60;

    private readonly MarkdownPipeline _pipeline;
    private readonly LinkRewriter _links;

    public MarkdownConverter(ILinkTargets targets, DiagnosticBag diagnostics)
    {
        // CommonMark plus the extensions an archive's articles use; Markdig documents a built pipeline as thread-safe.
        _pipeline = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseFootnotes()
            .UseFigures()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UseSmartyPants()
            .UseAutoLinks()
            .UseEmphasisExtras()
            .Build();
        _links = new LinkRewriter(targets, diagnostics);
    }

    /// <summary>The body as HTML, its links made to work from <see cref="MarkdownPage.PagePath"/>.</summary>
    public string ToHtml(MarkdownPage page)
    {
        var document = Markdig.Markdown.Parse(page.Markdown.Text, _pipeline);
        _links.Rewrite(document, page);
        var writer = new StringWriter { NewLine = "\n" };
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>The first paragraph as plain text, cut at <see cref="SummaryWords"/> words: the default summary.</summary>
    public string Summary(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, _pipeline);
        var paragraph = document.Descendants<ParagraphBlock>().FirstOrDefault(p => p.Parent is MarkdownDocument);
        if (paragraph?.Inline is null)
        {
            return "";
        }

        var writer = new StringWriter { NewLine = "\n" };
        var renderer = new HtmlRenderer(writer) { EnableHtmlForInline = false };
        _pipeline.Setup(renderer);
        renderer.WriteLeafInline(paragraph);
        writer.Flush();
        var text = Whitespace().Replace(WebUtility.HtmlDecode(writer.ToString()), " ").Trim();
        var words = text.Split(' ');
        return words.Length <= SummaryWords ? text : string.Join(' ', words[..SummaryWords]).TrimEnd(',', ';', ':') + "\u2026";
    }

    /// <summary>The whole body as plain text on one line, for the search index: no markup, no link targets.</summary>
    public string PlainText(string markdown) =>
        // The plain-text renderer still writes smart quotes and dashes as HTML entities.
        Whitespace().Replace(WebUtility.HtmlDecode(Markdig.Markdown.ToPlainText(markdown, _pipeline)), " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
