using Broadsheet.Check;
using Broadsheet.Diagnostics;
using Broadsheet.Link;
using Broadsheet.Load;
using Broadsheet.Model;
using Broadsheet.Progress;
using Broadsheet.Render;
using Broadsheet.Render.Epub;
using Broadsheet.Render.Feeds;
using Broadsheet.Render.Markdown;
using Broadsheet.Render.Search;
using Broadsheet.Write;

namespace Broadsheet;

/// <summary>The pipeline, top to bottom: Load → Model → Link → Render → Write → Check, then the swap into the output.</summary>
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

        SourceSet? sources = new ContentLoader(diagnostics).Load(options.Source);
        var (themeFiles, themeName) = Theme(diagnostics);
        var templates = TemplateSet.Parse(themeFiles, themeName, diagnostics);
        diagnostics.ThrowIfErrors();

        clock.Start(BuildStage.Model);
        var model = new ArchiveModelBuilder(diagnostics, options.Drafts).Build(sources);

        // Every file's text, let go: this method runs unoptimized (once), and would keep it alive to the end of the build.
        sources = null;
        if (model is null)
        {
            diagnostics.ThrowIfErrors();
        }

        // Link runs on the records that were valid, so clashes between pages are reported with the Model's errors.
        model = model! with { Site = WithBaseUrl(model.Site, diagnostics) };
        clock.Start(BuildStage.Link);
        var graph = new SiteGraphBuilder(diagnostics).Build(model);
        diagnostics.ThrowIfErrors();

        clock.Start(BuildStage.Render);
        var staging = StagingFolder.Create(options.Output);
        try
        {
            var origins = new LinkOrigins();
            var files = Render(graph, templates, staging, diagnostics, origins, progress);
            diagnostics.ThrowIfErrors();

            clock.Start(BuildStage.Check);
            var report = new LinkChecker(diagnostics).Check(
                staging.Path,
                DisplayPath.Of(Path.GetFullPath(options.Output)),
                AbsoluteUrl.RootPath(graph.Site.BaseUrl),
                origins.All);
            diagnostics.ThrowIfErrors();

            staging.Commit();
            clock.Stop();
            var warnings = diagnostics.Sorted();
            IReadOnlyList<string> notes = graph.Site.BaseUrl is null
                ? ["no Atom feeds, sitemap.xml or robots.txt: they need the site's address; set base_url in site.yml or pass --base-url"]
                : [];
            return new BuildResult(graph.Pages.Count, files, report.Links, warnings, notes)
            {
                Articles = model.Articles.Count,
                Issues = model.Issues.Count,
                Topics = model.Topics.Count,
                Timings = clock.Timings,
            };
        }
        catch
        {
            staging.Discard();
            throw;
        }
    }

    /// <summary>Render and Write, page by page in parallel: each page's HTML is written and dropped.</summary>
    private static int Render(
        SiteGraph graph,
        TemplateSet templates,
        StagingFolder staging,
        DiagnosticBag diagnostics,
        LinkOrigins origins,
        IBuildProgress? progress)
    {
        var converter = new MarkdownConverter(new GraphLinkTargets(graph), diagnostics, graph.Site.AllowRawHtml, origins);
        var summaries = new SummaryCache(converter);
        var dates = new DateFormatter(graph.Site.Language);
        var views = new ViewBuilder(graph, converter, summaries, dates);
        var renderer = new PageRenderer(templates, views, diagnostics);
        progress?.PagesToRender(graph.Pages.Count);

        // Article pages first: each leaves its summary behind, so the lists rendered next never parse a body again.
        void RenderAndWrite(Page page)
        {
            if (renderer.Render(page, graph.Site.Title) is { } rendered)
            {
                staging.WriteText(rendered.OutputPath, rendered.Html);
            }

            progress?.PageRendered();
        }

        Parallel.ForEach(graph.Pages.OfType<ArticlePage>(), RenderAndWrite);
        Parallel.ForEach(graph.Pages.Where(p => p is not ArticlePage), RenderAndWrite);
        renderer.ReportFailures();

        // The search index: built while nothing else runs, as it uses every core itself.
        var extras = 0;
        var search = new SearchIndexBuilder().Build(new SearchCorpusBuilder(graph, converter, dates).Build());
        foreach (var file in new SearchIndexRenderer(search).Render())
        {
            staging.WriteText(file.OutputPath, file.Text);
            extras++;
        }

        if (graph.Site.BaseUrl is { } baseUrl)
        {
            foreach (var file in new AtomFeedRenderer(graph, summaries, baseUrl).Render().Concat(new SitemapRenderer(graph, baseUrl).Render()))
            {
                staging.WriteText(file.OutputPath, file.Text);
                extras++;
            }
        }

        var epubs = new EpubRenderer(graph, new DateFormatter(graph.Site.Language));
        Parallel.ForEach(graph.IssuesNewestFirst, issue =>
        {
            var book = epubs.Render(issue);
            staging.WriteBytes(book.OutputPath, book.Bytes);
        });
        extras += graph.IssuesNewestFirst.Count;

        foreach (var file in graph.StaticFiles)
        {
            staging.Copy(file.SitePath, file.FullPath);
        }

        foreach (var asset in templates.Assets)
        {
            staging.WriteBytes(asset.Path, asset.Content);
        }

        return graph.Pages.Count + extras + graph.StaticFiles.Count + templates.Assets.Count;
    }

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
