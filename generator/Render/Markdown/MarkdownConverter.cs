using System.Net;
using System.Text.RegularExpressions;
using Broadsheet.Common;
using Broadsheet.Diagnostics;
using Broadsheet.Graph;
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
    private readonly DiagnosticBag _diagnostics;

    /// <param name="allowRawHtml">Whether HTML written in Markdown passes through (a trusted newsroom) or is shown as text.</param>
    /// <param name="brokenLinksWarn">See <see cref="LinkRewriter"/>.</param>
    /// <param name="unbuilt">See <see cref="LinkRewriter"/>.</param>
    public MarkdownConverter(
        ILinkTargets targets,
        DiagnosticBag diagnostics,
        bool allowRawHtml = true,
        LinkOrigins? origins = null,
        bool brokenLinksWarn = false,
        IReadOnlySet<string>? unbuilt = null)
    {
        // CommonMark plus the extensions an archive's articles use; Markdig documents a built pipeline as thread-safe.
        // Not bare-URL autolinks: they double Markdig's time on long articles; <https://...> links still work.
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseFootnotes()
            .UseFigures()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UseSmartyPants()
            .UseEmphasisExtras();
        if (!allowRawHtml)
        {
            builder.DisableHtml();
        }

        _pipeline = builder.Build();
        _diagnostics = diagnostics;
        _links = new LinkRewriter(targets, diagnostics, origins ?? new LinkOrigins(), brokenLinksWarn, unbuilt);
    }

    /// <summary>The body as HTML, its links made to work from <see cref="MarkdownPage.PagePath"/>.</summary>
    public string ToHtml(MarkdownPage page) => Convert(page).Html;

    /// <summary>The body as HTML and its default summary, and its plain text when asked, from one parse.</summary>
    public ConvertedMarkdown Convert(MarkdownPage page)
    {
        if (Parse(page.Markdown.Text, page.Markdown) is not { } document)
        {
            return new ConvertedMarkdown("", "", () => "");
        }

        var summary = Summary(document);
        ShiftHeadings(document);
        _links.Rewrite(document, page);
        var writer = new StringWriter { NewLine = "\n" };
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return new ConvertedMarkdown(writer.ToString(), summary, () => PlainText(document));
    }

    /// <summary>
    /// Moves a body's headings so the highest is an h2, in order: the page's title is its h1 (the book's chapter's too), and
    /// writers often start their intertitles at ### (or at #), which would skip a level or repeat the title's. The headings
    /// keep their ids, so anchors to them still work; levels below h6 stay at h6.
    /// </summary>
    internal static void ShiftHeadings(MarkdownDocument document)
    {
        List<HeadingBlock>? headings = null;
        var highest = int.MaxValue;
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            (headings ??= []).Add(heading);
            highest = Math.Min(highest, heading.Level);
        }

        if (headings is null || highest == 2)
        {
            return;
        }

        foreach (var heading in headings)
        {
            heading.Level = Math.Clamp(heading.Level + 2 - highest, 2, 6);
        }
    }

    /// <summary>The first paragraph as plain text, cut at <see cref="SummaryWords"/> words: the default summary.</summary>
    public string Summary(string markdown) => Parse(markdown, null) is { } document ? Summary(document) : "";

    private string Summary(MarkdownDocument document)
    {
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

    /// <summary>Parses with the shared pipeline; Markdig refuses input nested too deeply, which is the writer's to fix.</summary>
    private MarkdownDocument? Parse(string markdown, Model.MarkdownText? source)
    {
        try
        {
            return Markdig.Markdown.Parse(markdown, _pipeline);
        }
        catch (ArgumentException e) when (e.Message.Contains("nested", StringComparison.Ordinal))
        {
            if (source is not null)
            {
                _diagnostics.Error(
                    new SourceLocation(source.DisplayPath, source.FirstLine, 1),
                    "the Markdown is nested too deeply to render (hundreds of levels of quotes, lists or brackets); simplify it");
            }

            return null;
        }
    }

    /// <summary>The whole body as plain text on one line, for the search index: no markup, no link targets.</summary>
    public string PlainText(string markdown) => Parse(markdown, null) is { } document ? PlainText(document) : "";

    private string PlainText(MarkdownDocument document)
    {
        var writer = new StringWriter { NewLine = "\n" };
        var renderer = new HtmlRenderer(writer) { EnableHtmlForBlock = false, EnableHtmlForInline = false, EnableHtmlEscape = false };
        _pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();

        // The plain-text renderer still writes smart quotes and dashes as HTML entities.
        return Whitespace().Replace(WebUtility.HtmlDecode(writer.ToString()), " ").Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
