using Broadsheet.Books;
using Broadsheet.Cache;
using Broadsheet.Check;
using Broadsheet.Common;
using Broadsheet.Diagnostics;
using Broadsheet.Graph;
using Broadsheet.Load;
using Broadsheet.Model;
using Broadsheet.Progress;
using Broadsheet.Render;
using Broadsheet.Render.Feeds;
using Broadsheet.Render.Markdown;
using Broadsheet.Search;
using Broadsheet.Write;

namespace Broadsheet.Build;

/// <summary>The pipeline, top to bottom: Load → Model → Graph → Render → Search → Books → Write → Check, then the swap into the output.</summary>
/// <param name="progress">Told of each stage and page as the build runs (a terminal's progress line); null for none.</param>
public sealed class SiteBuild(BuildOptions options, IBuildProgress? progress = null)
{
    /// <summary>Builds the site; throws <see cref="BuildFailedException"/> with every diagnostic when the input has errors.</summary>
    public BuildResult Run()
    {
        var clock = new StageClock(progress);
        clock.Start(BuildStage.Load);
        var diagnostics = new DiagnosticBag { WarningsAsErrors = options.WarningsAsErrors };
        OutputFolderCheck.Check(options.Source, options.Output, diagnostics);
        diagnostics.ThrowIfErrors();

        var cache = options.Cache is null ? null : new BuildCache(options.Cache);
        var generatorKey = BuildKeys.Generator();
        SourceListing? listing = SourceListing.Of(options.Source);
        var inputsKey = cache is null ? "" : BuildKeys.Inputs(generatorKey, listing, options.Templates, options.Drafts, options.BaseUrl, options.WarningsAsErrors);
        if (cache?.Previous is { } last && last.InputsKey == inputsKey && cache.OutputUnchanged(options.Output))
        {
            // Not a file of the source, the theme or the options changed, and the output is as the last build left it.
            StagingFolder.RemoveAbandoned(options.Output);
            clock.Stop();
            return Unchanged(last, clock.Timings);
        }

        SourceSet? sources = new ContentLoader(diagnostics).Load(listing, cache?.Sources(options.Source, generatorKey));
        var (themeFiles, themeName) = Theme(diagnostics);
        var templates = TemplateSet.Parse(themeFiles, themeName, diagnostics);
        var themeKey = BuildKeys.Theme(themeFiles);
        diagnostics.ThrowIfErrors();

        clock.Start(BuildStage.Model);

        // The staging folder fills with links to the last output while the model and the graph are made: that is file
        // system work, and they are not.
        var staging = StagingFolder.Create(options.Output, cache?.PreviousTreePath);
        using var stopMirroring = new CancellationTokenSource();
        var mirroring = Task.Run(() =>
        {
            var reusable = cache?.Reusable(options.Output, generatorKey, themeKey);
            var files = reusable?.Outputs.ToDictionary(o => o.Key, o => (o.Value.Size, o.Value.WriteTicks), StringComparer.Ordinal);
            return (Previous: reusable, Linked: staging.HardLinkFrom(files ?? [], stopMirroring.Token));
        });
        try
        {
            var model = new ArchiveModelBuilder(diagnostics, options.Drafts).Build(sources);

            // What was loaded (every content file's parse, the listing of the source folder), let go: this method runs
            // unoptimized (once), and would keep it alive to the end of the build. The cache's copy of the parses goes too.
            sources = null;
            listing = null;
            cache?.SetSourcesAside();
            if (model is null)
            {
                diagnostics.ThrowIfErrors();
            }

            // The graph is made of the records that were valid, so clashes between pages are reported with the Model's errors.
            model = model! with { Site = WithBaseUrl(model.Site, diagnostics) };
            var staticFiles = EpubFingerprints.StaticFiles(model.StaticFiles);
            var prose = cache is null ? ModelProse.None : ModelProse.Of(model, staticFiles);
            clock.Start(BuildStage.Graph);
            var sameShape = cache?.Previous is { } before && before.GeneratorKey == generatorKey && prose.SameShapeAs(before.Prose);
            var graph = new SiteGraphBuilder(diagnostics, sameShape ? cache!.Previous!.Orders : null).Build(model);
            diagnostics.ThrowIfErrors();

            clock.Start(BuildStage.Render);
            var origins = new LinkOrigins();
            var notes = new PageNotes(FilesToWrite(graph, templates), DisplayPath.Of(Path.GetFullPath(options.Output)), AbsoluteUrl.RootPath(graph.Site.BaseUrl), origins.All);
            var (previous, linked) = mirroring.GetAwaiter().GetResult();
            var writer = new OutputWriter(staging, previous?.Outputs ?? new Dictionary<string, OutputEntry>(), linked);
            var targets = new RecordingLinkTargets(new GraphLinkTargets(graph));
            var bodyKeys = new BodyKeys(targets, graph.Site.AllowRawHtml, previous?.Queries ?? new Dictionary<string, IReadOnlyList<LinkQuery>>());
            var changedProse = previous is null ? null : prose.ChangedSince(previous.Prose);
            int pagesWritten, pagesUnseen;
            using (var searchStore = cache is null ? null : new SearchAnalysisStore(cache.SearchFiles, generatorKey))
            {
                (pagesWritten, pagesUnseen) = Render(graph, templates, writer, targets, bodyKeys, changedProse, staticFiles, searchStore, diagnostics, origins, notes, clock);
            }

            writer.RemoveLeftovers();
            diagnostics.ThrowIfErrors();

            clock.Start(BuildStage.Check);
            var allKept = previous is not null && previous.Outputs.Count == cache!.Previous!.Outputs.Count;
            var report = BuildCheck.Run(notes, staging.Path, writer, allKept, diagnostics);
            diagnostics.ThrowIfErrors();

            var oldOutputRemoved = staging.Commit();
            var warnings = diagnostics.Sorted();
            var counts = new BuildCounts(graph.Pages.Count, writer.Files.Count, report.Links, model.Articles.Count, model.Issues.Count, model.Topics.Count);
            try
            {
                cache?.Save(new BuildManifest(
                    generatorKey,
                    themeKey,
                    inputsKey,
                    writer.Files,
                    bodyKeys.Queries.Where(q => graph.ArticlesBySourcePath.ContainsKey(q.Key)).ToDictionary(),
                    counts,
                    warnings,
                    prose,
                    graph.Orders()));
            }
            finally
            {
                oldOutputRemoved.GetAwaiter().GetResult();
            }

            clock.Stop();
            return Result(counts, warnings, graph.Site.BaseUrl is null, clock.Timings) with
            {
                Skipped = graph.Pages.Count - pagesWritten,
                Unseen = pagesUnseen,
                FilesWritten = writer.Rewritten,
            };
        }
        catch (Exception e)
        {
            // The links are made on another thread: stopped, and the folder removed once none is being made.
            stopMirroring.Cancel();
            Task.WhenAny(mirroring).GetAwaiter().GetResult();
            staging.Discard();
            cache?.Discard();

            // A body saved or deleted since it was loaded is the user's doing: an error at its file, not a crash.
            foreach (var file in SourceChangedException.In(e).DistinctBy(c => c.DisplayPath))
            {
                diagnostics.Error(SourceLocation.File(file.DisplayPath), $"{file.Message}; nothing was written: build again");
            }

            diagnostics.ThrowIfErrors();
            throw;
        }
    }

    /// <summary>
    /// Render and Write, page by page in parallel: each page's HTML is written and dropped. A page whose views have the
    /// fingerprint of the page the previous output holds is kept without rendering it. Then the feeds and static files, and, as
    /// stages of their own, the search index and the issues' EPUBs.
    /// </summary>
    /// <param name="changedProse">
    /// When the model has the shape the previous build's had, the Markdown texts that changed since: a page whose fingerprint
    /// held none of them is kept without even making its views. Null when the shape changed (or there is no previous build).
    /// </param>
    /// <param name="staticFiles">The static files by size and time, which the issues' books are made with.</param>
    /// <param name="notes">Told each page rendered, for the Check stage.</param>
    /// <returns>
    /// How many pages were written (those not kept, and not rendered into the bytes they already had), and how many were
    /// kept without making their views.
    /// </returns>
    private static (int Written, int Unseen) Render(
        SiteGraph graph,
        TemplateSet templates,
        OutputWriter writer,
        RecordingLinkTargets targets,
        BodyKeys bodyKeys,
        IReadOnlySet<string>? changedProse,
        string staticFiles,
        SearchAnalysisStore? searchStore,
        DiagnosticBag diagnostics,
        LinkOrigins origins,
        PageNotes notes,
        StageClock clock)
    {
        var progress = clock.Progress;
        var converter = new MarkdownConverter(targets, diagnostics, graph.Site.AllowRawHtml, origins);
        var summaries = new SummaryCache(converter);
        var dates = new DateFormatter(graph.Site.Language);
        var views = new ViewBuilder(graph, converter, summaries, dates, bodyKeys);
        var renderer = new PageRenderer(templates, views, diagnostics);
        progress?.PagesToRender(graph.Pages.Count);
        var pagesWritten = 0;
        var pagesUnseen = 0;

        // Article pages first: each leaves its summary behind, so the lists rendered next never parse a body again.
        void RenderAndWrite(Page page)
        {
            if (changedProse is not null && writer.CanKeepUnseen(page.OutputPath, changedProse))
            {
                writer.Keep(page.OutputPath);
                Interlocked.Increment(ref pagesUnseen);
                progress?.PageRendered();
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
                notes.Note(rendered.OutputPath, rendered.Html);
                if (article is not null)
                {
                    // What the body's links asked now stands for the body in the fingerprint the next build compares.
                    bodyKeys.Record(article, queries!);
                    (fingerprint, sources) = PageRenderer.Fingerprint(prepared);
                }

                if (writer.WriteText(rendered.OutputPath, rendered.Html, fingerprint, sources))
                {
                    Interlocked.Increment(ref pagesWritten);
                }
            }

            progress?.PageRendered();
        }

        Parallel.ForEach(graph.Pages.OfType<ArticlePage>(), RenderAndWrite);
        Parallel.ForEach(graph.Pages.Where(p => p is not ArticlePage), RenderAndWrite);
        renderer.ReportFailures();

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

        // The search index: built while nothing else runs, as it uses every core itself.
        clock.Start(BuildStage.Search);
        var search = new SearchIndexBuilder().Build(new SearchCorpusBuilder(graph, converter, dates).Build(), searchStore);
        foreach (var file in new SearchIndexRenderer(search).Render(writer.TryKeep))
        {
            writer.WriteText(file.OutputPath, file.Text);
        }

        clock.Start(BuildStage.Books);
        var epubs = new EpubRenderer(graph, new DateFormatter(graph.Site.Language));
        Parallel.ForEach(graph.IssuesNewestFirst, issue =>
        {
            var path = OutputPath.EpubOf(issue.Issue);
            if (changedProse is not null && writer.CanKeepUnseen(path, changedProse))
            {
                writer.Keep(path);
                return;
            }

            var (fingerprint, sources) = EpubFingerprints.Of(graph.Site, issue, bodyKeys, staticFiles);
            if (fingerprint is not null && writer.CanKeep(path, fingerprint))
            {
                writer.Keep(path, sources);
                return;
            }

            var book = epubs.Render(issue);
            writer.WriteBytes(book.OutputPath, book.Bytes, fingerprint, fingerprint is null ? null : sources);
        });

        return (pagesWritten, pagesUnseen);
    }

    /// <summary>The files the build will write, known before it renders but for the search index's: a link to one is found at once.</summary>
    private static HashSet<string> FilesToWrite(SiteGraph graph, TemplateSet templates)
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

    private static BuildResult Result(BuildCounts counts, IReadOnlyList<Diagnostic> warnings, bool noBaseUrl, IReadOnlyList<StageTiming> timings)
    {
        IReadOnlyList<string> notes = noBaseUrl
            ? ["no Atom feeds, sitemap.xml or robots.txt: they need the site's address; set base_url in site.yml or pass --base-url"]
            : [];
        return new BuildResult(counts.Pages, counts.Files, counts.LinksChecked, warnings, notes)
        {
            Articles = counts.Articles,
            Issues = counts.Issues,
            Topics = counts.Topics,
            Timings = timings,
        };
    }

    /// <summary>The last build's result again, for a build that found nothing changed and wrote nothing.</summary>
    private static BuildResult Unchanged(BuildManifest last, IReadOnlyList<StageTiming> timings) =>
        Result(last.Summary, last.Warnings, !last.Outputs.ContainsKey("sitemap.xml"), timings) with
        {
            Skipped = last.Summary.Pages,
            Unchanged = true,
        };

    private (IReadOnlyList<ThemeFile> Files, string Name) Theme(DiagnosticBag diagnostics)
    {
        var folder = options.Templates ?? Path.Combine(options.Source, "templates");
        if (!Directory.Exists(folder))
        {
            if (options.Templates is not null)
            {
                diagnostics.Error(SourceLocation.Option("--templates"), $"the templates folder {folder} does not exist");
            }

            return (ThemeLoader.Default(), "templates");
        }

        // A theme folder overrides the default theme file by file, so a site can change one template and keep the rest.
        return (ThemeLoader.Overlay(ThemeLoader.Default(), ThemeLoader.FromFolder(folder)), DisplayPath.Of(Path.GetFullPath(folder)));
    }

    private Site WithBaseUrl(Site site, DiagnosticBag diagnostics)
    {
        if (options.BaseUrl is null)
        {
            return site;
        }

        var baseUrl = SiteValidator.NormalizeBaseUrl(options.BaseUrl, out var problem);
        if (problem is not null)
        {
            diagnostics.Error(SourceLocation.Option("--base-url"), problem);
        }

        return site with { BaseUrl = baseUrl };
    }
}
