using System.Globalization;
using Broadsheet.Cache;
using Broadsheet.Check;
using Broadsheet.Common;
using Broadsheet.Diagnostics;
using Broadsheet.Graph;
using Broadsheet.Images;
using Broadsheet.Load;
using Broadsheet.Model;
using Broadsheet.Progress;
using Broadsheet.Render;
using Broadsheet.Write;

namespace Broadsheet.Build;

/// <summary>
/// The pipeline, top to bottom: Load → Model → Graph → Render and Write (with Search and Books alongside) → Check, then the
/// swap into the output. What the last build left is consulted through one <see cref="BuildMemo"/>.
/// </summary>
/// <param name="progress">Told of each stage and page as the build runs (a terminal's progress line); null for none.</param>
public sealed class SiteBuild(BuildOptions options, IBuildProgress? progress = null)
{
    /// <summary>Builds the site; throws <see cref="BuildFailedException"/> with every diagnostic when the input has errors.</summary>
    public BuildResult Run()
    {
        // The listing, which a build with nothing changed waits for, starts first: it only reads the source folder.
        var listed = Task.Run(() => SourceListing.Of(options.Source));
        var clock = new StageClock(progress);
        clock.Start(BuildStage.Load);
        var diagnostics = new DiagnosticBag { WarningsAsErrors = options.WarningsAsErrors };
        OutputFolderCheck.Check(options.Source, options.Output, diagnostics);
        diagnostics.ThrowIfErrors();
        // A first build parses the theme and readies the libraries while the sources are listed; another waits until the
        // listing shows a change, so that an unchanged build spends nothing on them. Either way the sources load meanwhile.
        var theme = BuildMemo.HasPrevious(options.Cache, options.Memory) ? null : StartThemeAndLibraries();
        var memo = BuildMemo.Open(options.Cache, options.Output, options.Memory, listed, options.Templates, options.Drafts, options.BaseUrl, options.WarningsAsErrors, options.LinkCheck);
        var listing = listed.GetAwaiter().GetResult();
        if (memo.Unchanged() is { } last)
        {
            StagingFolder.RemoveAbandoned(options.Output);
            clock.Stop();
            return Unchanged(last, clock.Timings);
        }

        theme ??= StartThemeAndLibraries();
        using var staging = OutputStaging.Begin(options.Output, memo.TakePreviousTree(), () => memo.ReusableOutputs(theme.GetAwaiter().GetResult().Templates.Keys));
        using var imageStore = options.Images is { } store ? new ImageStore(store) : ImageStore.Temporary();
        ImageWork? images = null;
        try
        {
            // Errors of every kind in one run: a file that cannot be read, or whose front matter is wrong, is left out, and
            // the rest is built (into the staging folder, which a failed build discards) so that its errors are found too.
            var model = LoadModel(listing, memo, diagnostics, clock, theme);
            var templates = TakeTheme(theme, diagnostics);

            var unbuilt = diagnostics.HasErrors ? UnbuiltArticles(listing, model, diagnostics) : null;
            var errorsBefore = ErrorCount(diagnostics);
            var catalog = ImageCatalog.Plan(model, imageStore, diagnostics);
            clock.Start(BuildStage.Graph);
            var graph = new SiteGraphBuilder(diagnostics, memo.OrdersFor(model)).Build(model, catalog);
            if (ErrorCount(diagnostics) > errorsBefore)
            {
                // A photograph that cannot be read, or two pages at one address: what would be written is not known, so
                // nothing more is.
                diagnostics.ThrowIfErrors();
            }

            clock.Start(BuildStage.Render);
            images = ImageWork.Start(catalog, imageStore);
            using var imagesDone = images;
            var writer = staging.Writer();
            var pages = RenderPages(graph, templates, writer, memo, images, unbuilt, diagnostics, clock);
            writer.RemoveLeftovers();
            if (!pages.AllRendered)
            {
                // A page the templates could not render is missing: every link to it would be reported too.
                diagnostics.ThrowIfErrors();
            }

            clock.Start(BuildStage.Check);
            var report = BuildCheck.Run(pages.Notes, staging.Folder.Path, writer, memo.FromWholePreviousOutput, diagnostics);
            diagnostics.ThrowIfErrors();

            var counts = new BuildCounts(graph.Pages.Count, writer.Files.Count, report.Links, model.Articles.Count, model.Issues.Count, model.Topics.Count);
            Commit(staging, writer, memo, () =>
            {
                memo.Save(graph, writer, pages.BodyKeys, pages.Summaries, counts, diagnostics.Sorted());
                imageStore.Keep(catalog.Images);
            });
            clock.Stop();
            return Result(counts, diagnostics.Sorted(), graph.Site.BaseUrl is null, clock.Timings) with
            {
                Skipped = graph.Pages.Count - pages.Written,
                Unseen = pages.Unseen,
                FilesWritten = writer.Rewritten,
                PhotographsMade = images.Made,
            };
        }
        catch (Exception e)
        {
            images?.Dispose();
            staging.Discard();
            memo.Discard();
            ReportSourcesChanged(e, diagnostics);
            throw;
        }
    }

    /// <summary>
    /// First uses that are slow and would wait on one core, made on a spare one while the sources are listed: YamlDotNet
    /// compiles a regular expression (12 ms), and the first date read and text compared load ICU (16 ms).
    /// </summary>
    private static void PrepareLibraries()
    {
        FrontMatterParser.Prepare();
        DateOnly.TryParseExact("2000-01-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
        CultureInfo.InvariantCulture.CompareInfo.Compare("a", "b", CompareOptions.IgnoreCase);
    }

    /// <summary>
    /// Starts <see cref="PrepareLibraries"/> and the theme's parse side by side; the task gives the templates, and the
    /// theme's errors in a bag of their own, as the sources load meanwhile (see <see cref="TakeTheme"/>).
    /// </summary>
    private Task<(TemplateSet Templates, DiagnosticBag Diagnostics)> StartThemeAndLibraries()
    {
        _ = Task.Run(PrepareLibraries);
        return Task.Run(() =>
        {
            var diagnostics = new DiagnosticBag { WarningsAsErrors = options.WarningsAsErrors };
            var theme = ThemeLoader.ForBuild(options.Templates, options.Source, diagnostics);
            return (TemplateSet.Parse(theme.Files, theme.Name, diagnostics), diagnostics);
        });
    }

    /// <summary>
    /// The parsed theme, its diagnostics added to the build's. A theme with errors fails the build here, with the errors the
    /// sources had: nothing can be rendered with it.
    /// </summary>
    private static TemplateSet TakeTheme(Task<(TemplateSet Templates, DiagnosticBag Diagnostics)> theme, DiagnosticBag diagnostics)
    {
        var (templates, themeDiagnostics) = theme.GetAwaiter().GetResult();
        foreach (var diagnostic in themeDiagnostics.Sorted())
        {
            diagnostics.Add(diagnostic);
        }

        if (themeDiagnostics.HasErrors)
        {
            diagnostics.ThrowIfErrors();
        }

        return templates;
    }

    /// <summary>Swaps the staging folder in for the output, and keeps what the next build will want (the cache, the previous tree brought up to date) meanwhile.</summary>
    private static void Commit(OutputStaging staging, OutputWriter writer, BuildMemo memo, Action save)
    {
        var oldOutputKept = staging.Folder.Commit(writer, memo.OutputWhole);
        bool treeFollows;
        try
        {
            save();
        }
        finally
        {
            treeFollows = oldOutputKept.GetAwaiter().GetResult();
        }

        memo.TreeFollows(treeFollows);
    }

    /// <summary>Render and Write. With errors found before, a failure of a page made of what was valid is reported with them.</summary>
    private PagesResult RenderPages(
        SiteGraph graph,
        TemplateSet templates,
        OutputWriter writer,
        BuildMemo memo,
        ImageWork images,
        IReadOnlySet<string>? unbuilt,
        DiagnosticBag diagnostics,
        StageClock clock)
    {
        var stage = new PagesStage(graph, templates, writer, memo, images, DisplayPath.Of(Path.GetFullPath(options.Output)), diagnostics, clock, unbuilt);
        try
        {
            return stage.Run();
        }
        catch (Exception e) when (unbuilt is not null && e is not BuildFailedException && SourceChangedException.In(e).Count == 0)
        {
            // The site was built without the files that had errors; those errors are what the user has to fix.
            diagnostics.ThrowIfErrors();
            throw;
        }
    }

    private static int ErrorCount(DiagnosticBag diagnostics) => diagnostics.Sorted().Count(d => d.Severity == Severity.Error);

    /// <summary>
    /// The articles (source paths) left out of the build for their errors: a file that could not be read, or whose front
    /// matter is wrong. A link to one is not reported as broken too; the article's own errors say what to fix.
    /// </summary>
    private static HashSet<string> UnbuiltArticles(SourceListing listing, ArchiveModel model, DiagnosticBag diagnostics)
    {
        var failed = diagnostics.Sorted().Where(d => d.Severity == Severity.Error).Select(d => d.Location.Path).ToHashSet(StringComparer.Ordinal);
        var built = model.Articles.Select(a => a.SourcePath).ToHashSet(StringComparer.Ordinal);
        var workingFolder = Environment.CurrentDirectory;
        return listing.Under(Path.Combine(listing.Root, "articles"), recursive: true)
            .Where(e => e.FullPath.EndsWith(".md", StringComparison.Ordinal) && failed.Contains(DisplayPath.Of(e.FullPath, workingFolder)))
            .Select(e => Path.GetRelativePath(listing.Root, e.FullPath).Replace('\\', '/'))
            .Where(p => !built.Contains(p))
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// Load and Model; or, when only the theme changed since serve's last build, that build's model (see <see cref="BuildMemo.Model"/>).
    /// The files' parses are let go when this returns, rather than held to the end of the build.
    /// </summary>
    /// <remarks>When Load or Model fails, the theme's errors are reported with theirs.</remarks>
    private ArchiveModel LoadModel(SourceListing listing, BuildMemo memo, DiagnosticBag diagnostics, StageClock clock, Task<(TemplateSet, DiagnosticBag)> theme)
    {
        try
        {
            return memo.Model(diagnostics, () => Validate(listing, memo, diagnostics, clock));
        }
        catch (BuildFailedException)
        {
            TakeTheme(theme, diagnostics);
            diagnostics.ThrowIfErrors();
            throw;
        }
    }

    private ArchiveModel Validate(SourceListing listing, BuildMemo memo, DiagnosticBag diagnostics, StageClock clock)
    {
        // A file that cannot be read is left out, and the others are validated: their errors are reported together.
        var cache = memo.Sources(options.Source);
        var sources = new ContentLoader(diagnostics).Load(listing, cache);

        clock.Start(BuildStage.Model);
        var builder = new ArchiveModelBuilder(diagnostics, options.Drafts);
        var model = builder.Build(sources);
        cache?.NoteChecked(builder.CheckedArticles);
        if (model is null)
        {
            diagnostics.ThrowIfErrors();
        }

        // The graph is made of the records that were valid, so clashes between pages are reported with the Model's errors.
        return model! with { Site = WithOptions(model.Site, diagnostics) };
    }

    /// <summary>A body saved or deleted since it was loaded is the user's doing: an error at its file, not a crash.</summary>
    private static void ReportSourcesChanged(Exception e, DiagnosticBag diagnostics)
    {
        foreach (var file in SourceChangedException.In(e).DistinctBy(c => c.DisplayPath))
        {
            diagnostics.Error(SourceLocation.File(file.DisplayPath), $"{file.Message}; nothing was written: build again");
        }

        diagnostics.ThrowIfErrors();
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
    private static BuildResult Unchanged(ManifestHead last, IReadOnlyList<StageTiming> timings) =>
        Result(last.Summary, last.Warnings, !last.HasSitemap, timings) with
        {
            Skipped = last.Summary.Pages,
            Unchanged = true,
        };

    /// <summary>The site as site.yml has it, with what the command line overrides.</summary>
    private Site WithOptions(Site site, DiagnosticBag diagnostics)
    {
        if (options.LinkCheck is { } linkCheck)
        {
            site = site with { LinkCheck = linkCheck };
        }

        if (options.BaseUrl is not null)
        {
            site = site with { BaseUrl = SiteValidator.NormalizeBaseUrl(options.BaseUrl, out var problem) };
            if (problem is not null)
            {
                diagnostics.Error(SourceLocation.Option("--base-url"), problem);
            }
        }

        ShareSettings.WarnWithoutAddress(site, diagnostics);
        return site;
    }
}
