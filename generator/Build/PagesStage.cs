using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Broadsheet.Books;
using Broadsheet.Cache;
using Broadsheet.Check;
using Broadsheet.Common;
using Broadsheet.Diagnostics;
using Broadsheet.Graph;
using Broadsheet.Images;
using Broadsheet.Progress;
using Broadsheet.Render;
using Broadsheet.Render.Feeds;
using Broadsheet.Render.Markdown;
using Broadsheet.Render.Strings;
using Broadsheet.Search;
using Broadsheet.Write;

namespace Broadsheet.Build;

/// <summary>
/// Render and Write, with Search and Books alongside. Article pages are rendered newest first, a batch at a time, and each
/// body is converted once: the search index takes a batch's plain texts while the next batch renders, and an issue's book
/// is made from its articles' HTML as soon as the last of them is rendered. Then the other pages, and beside them the
/// search index's files (once its last batch is merged), the feeds, static files and theme assets.
/// </summary>
public sealed class PagesStage
{
    /// <summary>Article pages rendered between two hand-overs to the search index: its own batch size, so each hand-over is one merge.</summary>
    private const int BatchSize = SearchIndexBuilder.BatchSize;

    private readonly SiteGraph _graph;
    private readonly TemplateSet _templates;
    private readonly OutputWriter _writer;
    private readonly BuildMemo _memo;
    private readonly ImageWork _images;
    private readonly DiagnosticBag _diagnostics;
    private readonly StageClock _clock;
    private readonly RecordingLinkTargets _targets;
    private readonly BodyKeys _bodyKeys;
    private readonly LinkOrigins _origins = new();
    private readonly PageNotes _notes;
    private readonly PageMemo _pages;
    private readonly IReadOnlySet<string>? _unbuilt;
    private readonly ThemeStrings _strings;
    private readonly MarkdownConverter _converter;
    private readonly ConcurrentDictionary<int, string> _texts = new();
    private readonly ConcurrentDictionary<ArticleNode, string> _bodies = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentBag<Task> _books = [];
    private int _written;
    private HashSet<Page> _unseen = [];

    /// <param name="memo">What the last build left: pages kept when what they are made from did not change.</param>
    /// <param name="outputName">How messages name the output folder.</param>
    /// <param name="images">The photographs' derivatives, being made meanwhile: the books take theirs, and this stage publishes them all.</param>
    /// <param name="unbuilt">Articles (source paths) left out for their errors, to which a link is not reported as broken too.</param>
    public PagesStage(
        SiteGraph graph,
        TemplateSet templates,
        OutputWriter writer,
        BuildMemo memo,
        ImageWork images,
        string outputName,
        DiagnosticBag diagnostics,
        StageClock clock,
        IReadOnlySet<string>? unbuilt = null)
    {
        _unbuilt = unbuilt;
        (_graph, _templates, _writer, _memo, _images, _diagnostics, _clock) = (graph, templates, writer, memo, images, diagnostics, clock);
        _targets = new RecordingLinkTargets(new GraphLinkTargets(graph));
        _bodyKeys = new BodyKeys(_targets, graph.Site.AllowRawHtml, memo.PreviousQueries);
        _notes = new PageNotes(
            FilesToWrite(graph, templates),
            outputName,
            AbsoluteUrl.RootPath(graph.Site.BaseUrl),
            _origins.All,
            contentLinksWarn: graph.Site.LinkCheck == Model.LinkCheck.Warn,
            themeLocation: templates.Find,
            menuLocation: MenuLocations(graph.Site.Menus).GetValueOrDefault);
        _converter = new MarkdownConverter(_targets, diagnostics, graph.Site.AllowRawHtml, _origins, graph.Site.LinkCheck == Model.LinkCheck.Warn, unbuilt);
        _pages = memo.Pages(writer);
        _strings = ThemeStringsReader.Read(templates.StringFiles, graph.Site.Language, diagnostics);
    }

    public PagesResult Run()
    {
        using var searchStore = _memo.SearchStore();
        var summaries = new SummaryCache(_converter, _memo.PreviousSummaries);
        var allRendered = RenderAll(searchStore, summaries);
        return new PagesResult(_written, _unseen.Count, _notes, _bodyKeys, summaries.Kept(_graph.ArticlesNewestFirst), allRendered);
    }

    /// <returns>Whether every page was rendered (the templates failed on none).</returns>
    private bool RenderAll(SearchAnalysisStore? searchStore, SummaryCache summaries)
    {
        var articles = _graph.ArticlesNewestFirst;
        var ids = new Dictionary<ArticleNode, int>(articles.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < articles.Count; i++)
        {
            ids[articles[i]] = i;
        }

        var search = new SearchIndexBuilder().Start(
            new SearchCorpusBuilder(_graph, _converter, _strings).Build(i => _texts.TryRemove(i, out var text) ? text : null),
            searchStore);
        var views = new ViewBuilder(_graph, _converter, summaries, _strings, _bodyKeys, (node, converted) =>
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
        var renderer = new PageRenderer(_templates, views, _strings, _diagnostics);
        var books = new BookMaker(_graph, _strings, _templates.Keys.Strings, _writer, _pages, _bodyKeys, _memo.StaticFiles, _bodies, _images);
        var unbooked = _graph.IssuesNewestFirst.ToDictionary<IssueNode, IssueNode, StrongBox<int>>(i => i, i => new(i.ArticleCount), ReferenceEqualityComparer.Instance);
        var articlePages = _graph.Pages.OfType<ArticlePage>().ToDictionary<ArticlePage, ArticleNode>(p => p.Article, ReferenceEqualityComparer.Instance);
        _clock.Progress?.PagesToRender(_graph.Pages.Count);
        _unseen = KeepUnseen();

        var merging = Task.CompletedTask;
        var otherFiles = Task.CompletedTask;
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
                    RenderAndWrite(articlePages[node], renderer);
                    if (node.Issue is { } issue && Interlocked.Decrement(ref unbooked[issue].Value) == 0)
                    {
                        _books.Add(Task.Run(() => books.Make(issue)));
                    }
                });
                // Until the index knows which bodies it reads, its merges wait for that, and the pages do not wait for them.
                if (search.Prepared)
                {
                    merging.GetAwaiter().GetResult();
                }

                var batch = start;
                merging = merging.ContinueWith(
                    last =>
                    {
                        last.GetAwaiter().GetResult();
                        search.Add(end);
                        ForgetUnneededTexts(search, batch, end);
                    },
                    TaskScheduler.Default);
            }

            // An issue whose count of articles did not come down to nothing (none should) still gets its book.
            foreach (var issue in unbooked.Where(u => u.Value.Value > 0).Select(u => u.Key))
            {
                _books.Add(Task.Run(() => books.Make(issue)));
            }

            // The rest runs beside the other pages: the search index is finished and written once its last batch is merged,
            // and the files that need no template (the feeds take the summaries the article pages left) are written.
            merging = merging.ContinueWith(
                last =>
                {
                    last.GetAwaiter().GetResult();
                    var index = search.Finish();
                    foreach (var file in new SearchIndexRenderer(index).Render(_writer.TryKeep))
                    {
                        _writer.WriteText(file.OutputPath, file.Content);
                    }

                    index.Kept.GetAwaiter().GetResult();
                },
                TaskScheduler.Default);
            otherFiles = Task.Run(() => WriteOtherFiles(summaries));
            var others = _graph.Pages.Where(p => p is not ArticlePage page || !ids.ContainsKey(page.Article));
            Parallel.ForEach(others, page => RenderAndWrite(page, renderer));
            renderer.ReportFailures();

            _clock.Start(BuildStage.Search);
            merging.GetAwaiter().GetResult();
            otherFiles.GetAwaiter().GetResult();

            _clock.Start(BuildStage.Books);
            Task.WaitAll(_books);

            _clock.Start(BuildStage.Images);
            WriteImages();
            return !renderer.AnyFailed;
        }
        finally
        {
            // A failed page leaves the merge and the books running: they finish (or fail) before the staging folder goes.
            Task.WhenAll(_books.Append(merging).Append(otherFiles)).ContinueWith(_ => { }, TaskScheduler.Default).GetAwaiter().GetResult();
        }

    }

    /// <summary>
    /// Lets go of the plain texts kept, from <paramref name="start"/> up to <paramref name="end"/>, for a search index that
    /// turned out not to read them: pages rendered before it knew which bodies it reads keep every one.
    /// </summary>
    private void ForgetUnneededTexts(SearchIndexing search, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!search.NeedsText(i))
            {
                _texts.TryRemove(i, out _);
            }
        }
    }

    /// <summary>Renders and writes one page, or keeps the previous output's when its inputs did not change.</summary>
    private void RenderAndWrite(Page page, PageRenderer renderer)
    {
        if (_unseen.Contains(page))
        {
            _clock.Progress?.PageRendered();
            return;
        }

        var article = (page as ArticlePage)?.Article;
        if (article is not null)
        {
            RecordingLinkTargets.Start();
        }

        var prepared = renderer.Prepare(page, _graph.Site.Title);
        (string Hex, IReadOnlyCollection<string> Sources)? made = _pages.MayKeep(page.OutputPath) ? PageRenderer.Fingerprint(prepared) : null;
        if (made is var (fingerprint, sources) && _pages.KeepSame(page.OutputPath, fingerprint, sources))
        {
            if (article is not null)
            {
                RecordingLinkTargets.Stop();
            }
        }
        else
        {
            var rendered = renderer.Render(prepared, (outputPath, html) =>
            {
                var queries = article is null ? null : RecordingLinkTargets.Stop();
                _notes.Note(outputPath, html);
                if (article is not null)
                {
                    // What the body's links asked now stands for the body in the fingerprint the next build compares.
                    _bodyKeys.Record(article, queries!);
                    made = null;
                }

                // Made here when not made above (nothing to compare), or made again with the links' answers.
                var (fingerprint, sources) = made ?? PageRenderer.Fingerprint(prepared);
                if (_writer.WriteText(outputPath, html.Span, fingerprint, sources, _templates.Keys.Of(prepared.Content.Template)))
                {
                    Interlocked.Increment(ref _written);
                }
            });
            if (!rendered && article is not null)
            {
                RecordingLinkTargets.Stop();
            }
        }

        _clock.Progress?.PageRendered();
    }

    /// <summary>
    /// The pages kept as the last build left them without making their views (<see cref="PageMemo.KeepUnseen"/>), kept
    /// here from one thread: from the rendering threads, noting thousands of them waited on the output table's locks.
    /// </summary>
    private HashSet<Page> KeepUnseen()
    {
        var unseen = new HashSet<Page>(ReferenceEqualityComparer.Instance);
        foreach (var page in _graph.Pages)
        {
            if (_pages.KeepUnseen(page.OutputPath))
            {
                unseen.Add(page);
            }
        }

        return unseen;
    }

    /// <summary>Where site.yml's menus link to each file of the site they name: the first link to it.</summary>
    private static Dictionary<string, Diagnostics.SourceLocation> MenuLocations(Model.SiteMenus menus) =>
        menus.All.Where(m => m.Target is not null)
            .DistinctBy(m => m.Target)
            .ToDictionary(m => m.Target!, m => m.Location, StringComparer.Ordinal);

    /// <summary>The files the build will write, known before it renders but for the search index's: the check finds a link to one at once.</summary>
    public static HashSet<string> FilesToWrite(SiteGraph graph, TemplateSet templates)
    {
        var files = graph.Pages.Select(p => p.OutputPath)
            .Concat(graph.StaticFiles.Where(f => !graph.Images.Handles(f.SitePath)).Select(f => f.SitePath))
            .Concat(graph.Images.OutputPaths)
            .Concat(templates.Assets.Select(a => a.Path))
            .Concat(graph.IssuesNewestFirst.Select(i => OutputPath.EpubOf(i.Issue)));
        if (graph.Site.BaseUrl is not null)
        {
            files = files.Append(AtomFeedRenderer.SiteFeed).Concat(graph.Topics.Select(AtomFeedRenderer.TopicFeed));
        }

        return files.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Every file made of the photographs, once all are made; a photograph that could not be decoded is an error where it is named.</summary>
    private void WriteImages()
    {
        var problems = _images.Finish(_graph.Images);
        ImageCatalog.Report(problems, ImageCatalog.UsesIn(_graph.ArticlesNewestFirst.Select(a => a.Article), _graph.Promos), _graph.StaticFiles, _diagnostics);
        foreach (var image in _graph.Images.Images.Where(i => !problems.ContainsKey(i.SitePath)))
        {
            foreach (var derivative in image.All)
            {
                _writer.Link(derivative.OutputPath, _images.FileOf(image, derivative)!, $"{image.Key}/{derivative.FileName}");
            }
        }
    }

    /// <summary>Static files and theme assets as they are, and, with a base URL, the feeds and the sitemap.</summary>
    private void WriteOtherFiles(SummaryCache summaries)
    {
        foreach (var file in _graph.StaticFiles.Where(f => !_graph.Images.Handles(f.SitePath)))
        {
            _writer.Copy(file.SitePath, file.FullPath);
        }

        foreach (var asset in _templates.Assets)
        {
            _writer.WriteBytes(asset.Path, asset.Content);
        }

        if (_graph.Site.BaseUrl is { } baseUrl)
        {
            foreach (var file in new AtomFeedRenderer(_graph, summaries, baseUrl).Render().Concat(new SitemapRenderer(_graph, baseUrl).Render()))
            {
                _writer.WriteText(file.OutputPath, file.Content);
            }
        }
    }
}
