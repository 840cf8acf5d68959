using System.Buffers;
using System.Net;
using System.Text;
using Broadsheet.Common;
using Broadsheet.Diagnostics;
using Broadsheet.Graph;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

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

        RemovePlaceholder(document);
        var summary = Summary(document);
        var rawHtml = ShiftHeadings(document);
        _links.Rewrite(document, page);
        var builder = t_html ??= new StringBuilder(16 * 1024);
        builder.Clear();
        var writer = new StringWriter(builder) { NewLine = "\n" };
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.ObjectRenderers.Replace<LinkInlineRenderer>(new PictureRenderer());
        renderer.Render(document);
        writer.Flush();
        var html = builder.ToString();
        if (rawHtml is { } rawLine && HtmlRepair.Repair(html) is { } repaired)
        {
            html = repaired.Html;
            if (repaired.Problem is { } problem)
            {
                _diagnostics.Warning(
                    new SourceLocation(page.Markdown.DisplayPath, page.Markdown.FirstLine + rawLine, 1),
                    $"the HTML written in this text (from this line on) is not validly nested ({problem}); it was repaired as a browser reads it{PageWarnings.On(page.PagePath, "published repaired")}");
            }
        }

        return new ConvertedMarkdown(html, summary, () => PlainText(document));
    }

    /// <summary>
    /// Gives a body's headings their levels under the page's h1 title (<see cref="HeadingLevels"/>), in the page and in the
    /// EPUB chapter alike, as both are rendered from this one tree. Returns the line (from 0) of the first HTML written in
    /// the Markdown, if any, whose headings the tree does not see: such a body's headings are given their levels in its
    /// repair (<see cref="HtmlRepair"/>) instead, all together.
    /// </summary>
    internal static int? ShiftHeadings(MarkdownDocument document)
    {
        var headings = new List<HeadingBlock>();
        int? rawHtml = null;
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case HeadingBlock heading:
                    headings.Add(heading);
                    break;
                case HtmlBlock or HtmlInline:
                    rawHtml = Math.Min(rawHtml ?? int.MaxValue, node.Line);
                    break;
            }
        }

        if (rawHtml is null)
        {
            var levels = HeadingLevels.Fix(headings.ConvertAll(h => h.Level));
            for (var i = 0; i < levels.Length; i++)
            {
                headings[i].Level = levels[i];
            }
        }

        return rawHtml;
    }

    /// <summary>The note <c>new article</c> leaves for the body is never published, whatever the writer wrote around it.</summary>
    private static void RemovePlaceholder(MarkdownDocument document)
    {
        foreach (var block in document.OfType<HtmlBlock>().Where(b => b.Lines.ToString().Trim() == Model.ArticlePlaceholder.Comment).ToList())
        {
            document.Remove(block);
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
        var text = CollapseWhitespace(WebUtility.HtmlDecode(writer.ToString()));
        var words = text.Split(' ');
        return words.Length <= SummaryWords ? text : string.Join(' ', words[..SummaryWords]).TrimEnd(',', ';', ':') + "\u2026";
    }

    /// <summary>Parses with the shared pipeline, apostrophes curled; Markdig refuses input nested too deeply, which is the writer's to fix.</summary>
    private MarkdownDocument? Parse(string markdown, Model.MarkdownText? source)
    {
        try
        {
            var document = Markdig.Markdown.Parse(markdown, _pipeline);
            Apostrophes.Curl(document);
            return document;
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
        var builder = t_plainText ??= new StringBuilder(16 * 1024);
        builder.Clear();
        var writer = new StringWriter(builder) { NewLine = "\n" };
        var renderer = new HtmlRenderer(writer) { EnableHtmlForBlock = false, EnableHtmlForInline = false, EnableHtmlEscape = false };
        _pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();

        // The plain-text renderer still writes smart quotes and dashes as HTML entities.
        return CollapseWhitespace(WebUtility.HtmlDecode(builder.ToString()));
    }

    /// <summary>The HTML of the body being converted on this thread, grown once rather than for every body.</summary>
    [ThreadStatic]
    private static StringBuilder? t_html;

    /// <summary>The plain text of the body being converted on this thread, grown once rather than for every body.</summary>
    [ThreadStatic]
    private static StringBuilder? t_plainText;

    /// <summary>Each run of white space as one space, none at either end: what <c>Regex.Replace(@"\s+", " ").Trim()</c> gives, in one pass.</summary>
    internal static string CollapseWhitespace(string text)
    {
        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            var length = 0;
            var space = false;
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c))
                {
                    space = length > 0;
                    continue;
                }

                if (space)
                {
                    buffer[length++] = ' ';
                    space = false;
                }

                buffer[length++] = c;
            }

            return new string(buffer, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

}
