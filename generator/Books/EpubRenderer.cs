using Broadsheet.Diagnostics;
using Broadsheet.Graph;
using Broadsheet.Images;
using Broadsheet.Render;
using Broadsheet.Render.Markdown;

namespace Broadsheet.Books;

/// <summary>The EPUB edition of every issue, written at <c>issues/&lt;id&gt;.epub</c> and linked from the issue's page.</summary>
public sealed class EpubRenderer
{
    private readonly SiteGraph _graph;
    private readonly MarkdownConverter _converter;
    private readonly EpubWriter _writer;

    /// <param name="photographFile">Where a photograph's mid-size JPEG is, made if need be; null when it could not be made.</param>
    public EpubRenderer(SiteGraph graph, Render.Strings.ThemeStrings strings, Func<PlannedImage, string?>? photographFile = null)
    {
        _graph = graph;
        // A body that its page did not convert in this build (the page was kept) is converted here; its errors were
        // reported when the page was rendered.
        _converter = new MarkdownConverter(new GraphLinkTargets(graph), new DiagnosticBag(), graph.Site.AllowRawHtml, brokenLinksWarn: graph.Site.LinkCheck == Model.LinkCheck.Warn);
        _writer = new EpubWriter(graph.Site, strings, graph.StaticFiles.ToDictionary(f => f.SitePath, f => f.FullPath, StringComparer.Ordinal), graph.Images, photographFile);
    }

    /// <param name="renderedBody">The body of an article as its page's conversion left it, if it did.</param>
    public RenderedBinary Render(IssueNode issue, Func<ArticleNode, string?>? renderedBody = null)
    {
        var bodies = issue.Sections
            .SelectMany(s => s.Articles)
            .ToDictionary(a => a, a => renderedBody?.Invoke(a) ?? _converter.ToHtml(new MarkdownPage(a.Article.Body, a.Article.SourcePath, a.OutputPath)));
        return new RenderedBinary(OutputPath.EpubOf(issue.Issue), _writer.Write(issue, bodies));
    }
}
