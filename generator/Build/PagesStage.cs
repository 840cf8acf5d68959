using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Broadsheet.Books;
using Broadsheet.Cache;
using Broadsheet.Check;
using Broadsheet.Common;
using Broadsheet.Diagnostics;
using Broadsheet.Graph;
using Broadsheet.Progress;
using Broadsheet.Render;
using Broadsheet.Render.Feeds;
using Broadsheet.Render.Markdown;
using Broadsheet.Search;
using Broadsheet.Write;

namespace Broadsheet.Build;

/// <summary>
/// Render and Write, with Search and Books alongside. Article pages are rendered newest first, a batch at a time, and each
/// body is converted once: the search index takes a batch's plain texts while the next batch renders, and an issue's book
/// is made from its articles' HTML as soon as the last of them is rendered. Then the other pages, the feeds, static files
/// and theme assets, and the search index's files.
/// </summary>
public sealed class PagesStage(SiteGraph graph, TemplateSet templates, OutputWriter writer, DiagnosticBag diagnostics, StageClock clock)
{
    /// <summary>Article pages rendered between two hand-overs to the search index: its own batch size, so each hand-over is one merge.</summary>
    private const int BatchSize = SearchIndexBuilder.BatchSize;

    private readonly ConcurrentDictionary<int, string> _texts = new();
    private readonly ConcurrentDictionary<ArticleNode, string> _bodies = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentBag<Task> _books = [];
    private int _written;
    private int _unseen;

    /// <param name="memo">What the last build left: pages kept when what they are made from did not change.</param>
    /// <param name="outputName">How messages name the output folder.</param>
    public PagesResult Run(BuildMemo memo, string outputName)
    {
        var targets = new RecordingLinkTargets(new GraphLinkTargets(graph));
        var bodyKeys = new BodyKeys(targets, graph.Site.AllowRawHtml, memo.PreviousQueries);
        var origins = new LinkOrigins();
        var notes = new PageNotes(FilesToWrite(graph, templates), outputName, AbsoluteUrl.RootPath(graph.Site.BaseUrl), origins.All);
        using var searchStore = memo.SearchStore();
        var (written, unseen) = Run(new PageInputs(targets, bodyKeys, origins, memo.ChangedProse, memo.StaticFiles, searchStore, notes));
        return new PagesResult(written, unseen, notes, bodyKeys);
    }

    /// <returns>
    /// How many pages were written (those not kept, and not rendered into the bytes they already had), and how many were
    /// kept without making their views.
    /// </returns>
    private (int Written, int Unseen) Run(PageInputs inputs)
    {
        var converter = new MarkdownConverter(inputs.Targets, diagnostics, graph.Site.AllowRawHtml, inputs.Origins);
        var summaries = new SummaryCache(converter);
        var dates = new DateFormatter(graph.Site.Language);
        var articles = graph.ArticlesNewestFirst;
        var ids = new Dictionary<ArticleNode, int>(articles.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < articles.Count; i++)
        {
            ids[articles[i]] = i;
        }

        var search = new SearchIndexBuilder().Start(
            new SearchCorpusBuilder(graph, converter, dates).Build(i => _texts.TryRemove(i, out var text) ? text : null),
            inputs.SearchStore);
        var views = new ViewBuilder(graph, converter, summaries, dates, inputs.BodyKeys, (node, converted) =>
        {
            if (search.NeedsText(ids[node]))
            {
                _texts[ids[node]] = converted.PlainText;
            }

            if (node.Issue is not null)
            {
                _bodies[node] = converted.Html;
            }
        });
        var renderer = new PageRenderer(templates, views, diagnostics);
        var books = new BookMaker(graph, inputs, writer, _bodies);
        var unbooked = graph.IssuesNewestFirst.ToDictionary<IssueNode, IssueNode, StrongBox<int>>(i => i, i => new(i.ArticleCount), ReferenceEqualityComparer.Instance);
        var articlePages = graph.Pages.OfType<ArticlePage>().ToDictionary<ArticlePage, ArticleNode>(p => p.Article, ReferenceEqualityComparer.Instance);
        clock.Progress?.PagesToRender(graph.Pages.Count);

        var merging = Task.CompletedTask;
        try
        {
            foreach (var issue in unbooked.Where(u => u.Value.Value == 0).Select(u => u.Key))
            {
                _books.Add(Task.Run(() => books.Make(issue)));
            }

            // Article pages first: each leaves its summary behind, so the lists rendered next never parse a body again.
            for (var start = 0; start < articles.Count; start += BatchSize)
            {
                var end = Math.Min(start + BatchSize, articles.Count);
                Parallel.For(start, end, i =>
                {
                    var node = articles[i];
                    RenderAndWrite(articlePages[node], renderer, inputs);
                    if (node.Issue is { } issue && Interlocked.Decrement(ref unbooked[issue].Value) == 0)
                    {
                        _books.Add(Task.Run(() => books.Make(issue)));
                    }
                });
                merging.GetAwaiter().GetResult();
                merging = Task.Run(() => search.Add(end));
            }

            // An issue whose count of articles did not come down to nothing (none should) still gets its book.
            foreach (var issue in unbooked.Where(u => u.Value.Value > 0).Select(u => u.Key))
            {
                _books.Add(Task.Run(() => books.Make(issue)));
            }

            var others = graph.Pages.Where(p => p is not ArticlePage page || !ids.ContainsKey(page.Article));
            Parallel.ForEach(others, page => RenderAndWrite(page, renderer, inputs));
            merging.GetAwaiter().GetResult();
            renderer.ReportFailures();
            WriteOtherFiles(summaries);

            clock.Start(BuildStage.Search);
            foreach (var file in new SearchIndexRenderer(search.Finish()).Render(writer.TryKeep))
            {
                writer.WriteText(file.OutputPath, file.Text);
            }

            clock.Start(BuildStage.Books);
            Task.WaitAll(_books);
        }
        finally
        {
            // A failed page leaves the merge and the books running: they finish (or fail) before the staging folder goes.
            Task.WhenAll(_books.Append(merging)).ContinueWith(_ => { }, TaskScheduler.Default).GetAwaiter().GetResult();
        }

        return (_written, _unseen);
    }

    /// <summary>Renders and writes one page, or keeps the previous output's when its inputs did not change.</summary>
    private void RenderAndWrite(Page page, PageRenderer renderer, PageInputs inputs)
    {
        if (inputs.ChangedProse is not null && writer.CanKeepUnseen(page.OutputPath, inputs.ChangedProse))
        {
            writer.Keep(page.OutputPath);
            Interlocked.Increment(ref _unseen);
            clock.Progress?.PageRendered();
            return;
        }

        var article = (page as ArticlePage)?.Article;
        if (article is not null)
        {
            RecordingLinkTargets.Start();
        }

        var prepared = renderer.Prepare(page, graph.Site.Title);
        var (fingerprint, sources) = PageRenderer.Fingerprint(prepared);
        var kept = writer.CanKeep(page.OutputPath, fingerprint);
        var rendered = kept ? null : renderer.Render(prepared);
        var queries = article is null ? null : RecordingLinkTargets.Stop();
        if (kept)
        {
            writer.Keep(page.OutputPath, sources);
        }
        else if (rendered is not null)
        {
            inputs.Notes.Note(rendered.OutputPath, rendered.Html);
            if (article is not null)
            {
                // What the body's links asked now stands for the body in the fingerprint the next build compares.
                inputs.BodyKeys.Record(article, queries!);
                (fingerprint, sources) = PageRenderer.Fingerprint(prepared);
            }

            if (writer.WriteText(rendered.OutputPath, rendered.Html, fingerprint, sources))
            {
                Interlocked.Increment(ref _written);
            }
        }

        clock.Progress?.PageRendered();
    }

    /// <summary>The files the build will write, known before it renders but for the search index's: the check finds a link to one at once.</summary>
    public static HashSet<string> FilesToWrite(SiteGraph graph, TemplateSet templates)
    {
        var files = graph.Pages.Select(p => p.OutputPath)
            .Concat(graph.StaticFiles.Select(f => f.SitePath))
            .Concat(templates.Assets.Select(a => a.Path))
            .Concat(graph.IssuesNewestFirst.Select(i => OutputPath.EpubOf(i.Issue)));
        if (graph.Site.BaseUrl is not null)
        {
            files = files.Append(AtomFeedRenderer.SiteFeed).Concat(graph.Topics.Select(AtomFeedRenderer.TopicFeed));
        }

        return files.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Static files and theme assets as they are, and, with a base URL, the feeds and the sitemap.</summary>
    private void WriteOtherFiles(SummaryCache summaries)
    {
        foreach (var file in graph.StaticFiles)
        {
            writer.Copy(file.SitePath, file.FullPath);
        }

        foreach (var asset in templates.Assets)
        {
            writer.WriteBytes(asset.Path, asset.Content);
        }

        if (graph.Site.BaseUrl is { } baseUrl)
        {
            foreach (var file in new AtomFeedRenderer(graph, summaries, baseUrl).Render().Concat(new SitemapRenderer(graph, baseUrl).Render()))
            {
                writer.WriteText(file.OutputPath, file.Text);
            }
        }
    }
}
