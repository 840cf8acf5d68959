using Broadsheet.Diagnostics;
using Broadsheet.Graph;
using Broadsheet.Render;
using Broadsheet.Render.Markdown;

namespace Broadsheet.Books;

/// <summary>The EPUB edition of every issue, written at <c>issues/&lt;id&gt;.epub</c> and linked from the issue's page.</summary>
public sealed class EpubRenderer
{
    private readonly SiteGraph _graph;
    private readonly MarkdownConverter _converter;
    private readonly EpubWriter _writer;

    public EpubRenderer(SiteGraph graph, DateFormatter dates)
    {
        _graph = graph;
        // The bodies are converted again rather than kept from the article pages, so a build of thousands of
        // articles holds one issue's HTML at a time; their errors were reported when the pages were rendered.
        _converter = new MarkdownConverter(new GraphLinkTargets(graph), new DiagnosticBag(), graph.Site.AllowRawHtml);
        _writer = new EpubWriter(graph.Site, dates, graph.StaticFiles.ToDictionary(f => f.SitePath, f => f.FullPath, StringComparer.Ordinal));
    }

    public RenderedBinary Render(IssueNode issue)
    {
        var bodies = issue.Sections
            .SelectMany(s => s.Articles)
            .ToDictionary(a => a, a => _converter.ToHtml(new MarkdownPage(a.Article.Body, a.Article.SourcePath, a.OutputPath)));
        return new RenderedBinary(OutputPath.EpubOf(issue.Issue), _writer.Write(issue, bodies));
    }
}
