using Broadsheet.Common;
using Broadsheet.Diagnostics;
using Broadsheet.Graph;
using Broadsheet.Load;
using Broadsheet.Model;
using Broadsheet.Render;
using Broadsheet.Render.Markdown;
using Broadsheet.Search;
using Broadsheet.Write;

namespace Broadsheet.Cache;

/// <summary>
/// What a build remembers of the last one, consulted at the boundaries of its stages: whether any input changed at all,
/// the parsed sources, the graph's orders for a model of the same shape, the output files with the fingerprints of what
/// they were made from, and the search analyses. Without a cache folder it remembers nothing, and everything is made.
/// </summary>
public sealed class BuildMemo
{
    private static readonly IReadOnlyDictionary<string, OutputEntry> NoOutputs = new Dictionary<string, OutputEntry>();
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<LinkQuery>> NoQueries = new Dictionary<string, IReadOnlyList<LinkQuery>>();
    private static readonly IReadOnlyDictionary<string, string> NoSummaries = new Dictionary<string, string>();

    private readonly BuildCache? _cache;
    private readonly BuildMemory? _memory;
    private readonly string _inputsKey;
    private readonly string _contentKey;
    private Task<ModelProse> _prose = Task.FromResult(ModelProse.None);
    private BuildManifest? _reusable;
    private (ArchiveModel Model, IReadOnlyList<Diagnostic> Warnings)? _keptModel;

    private BuildMemo(BuildCache? cache, string generatorKey, string inputsKey, BuildMemory? memory = null, string contentKey = "")
    {
        _cache = cache;
        GeneratorKey = generatorKey;
        _inputsKey = inputsKey;
        _memory = memory;
        _contentKey = contentKey;
    }

    /// <summary>The running generator's key: a memo made by another build of Broadsheet is not trusted.</summary>
    public string GeneratorKey { get; }

    /// <inheritdoc cref="BuildCache.TakePreviousTree"/>
    public (string Path, Func<IEnumerable<string>?> Held)? TakePreviousTree() => _cache?.TakePreviousTree();

    /// <inheritdoc cref="BuildCache.OutputWhole"/>
    public bool OutputWhole => _cache?.OutputWhole ?? false;

    /// <summary>After the swap and the save: notes whether the previous tree now holds the new output, file for file.</summary>
    public void TreeFollows(bool follows)
    {
        if (follows)
        {
            _cache?.NoteTreeFollows();
        }
    }

    /// <summary>The static files by size and time, once <see cref="OrdersFor"/> has seen the model: the books are made with them.</summary>
    public string StaticFiles { get; private set; } = "";

    /// <summary>The output files of the last build this one may keep, with what each was made from.</summary>
    public IReadOnlyDictionary<string, OutputEntry> PreviousOutputs => _reusable?.Outputs ?? NoOutputs;

    /// <summary>The questions each body's links asked in the last build, by source path.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<LinkQuery>> PreviousQueries => _reusable?.Queries ?? NoQueries;

    /// <summary>The hash of the summary cut from each body in the last build, by the body's hash (see <see cref="SummaryCache"/>).</summary>
    public IReadOnlyDictionary<string, string> PreviousSummaries => _reusable?.Summaries ?? NoSummaries;

    /// <summary>Which of the last build's pages and books this one keeps, and how (see <see cref="PageMemo"/>).</summary>
    public PageMemo Pages(OutputWriter writer) => new(
        writer,
        _reusable is null ? null : _prose.GetAwaiter().GetResult().ChangedSince(_reusable.Prose),
        (_cache?.Previous?.Warnings ?? []).Select(PageWarnings.PageOf).OfType<string>().ToHashSet(StringComparer.Ordinal));

    /// <summary>Whether this build started from every file the last build's output had, as it left them.</summary>
    public bool FromWholePreviousOutput => _reusable is not null && _reusable.Outputs.Count == _cache!.Previous!.Outputs.Count;

    /// <summary>Whether a build left a manifest to compare with, in <paramref name="folder"/> or in serve's memory; a look, not a read.</summary>
    public static bool HasPrevious(string? folder, BuildMemory? memory) => folder is not null && BuildCache.HasManifest(folder, memory);

    /// <summary>The bytes of the last build's state that a build reads whole (<see cref="BuildCache.StateBytes"/>); 0 for none, or for one kept in memory.</summary>
    public static long PreviousStateBytes(string? folder, BuildMemory? memory) => folder is null || memory is not null ? 0 : BuildCache.StateBytes(folder);

    /// <param name="folder">The cache folder; null for a build that remembers nothing.</param>
    /// <param name="memory">Where a process that builds again and again keeps the last build instead of in the folder's files (see <see cref="BuildMemory"/>).</param>
    /// <param name="templates">The theme folder given with --templates, if any.</param>
    /// <param name="options">The other options that change what is built.</param>
    public static BuildMemo Open(string? folder, string outputFolder, BuildMemory? memory, Task<SourceListing> listing, string? templates, params object?[] options)
    {
        var generatorKey = BuildKeys.Generator();
        if (folder is null)
        {
            return new BuildMemo(null, generatorKey, "");
        }

        // The last manifest is read, and the output looked at, while the sources are listed.
        var cache = new BuildCache(folder, outputFolder, memory);
        var source = listing.GetAwaiter().GetResult();
        return new BuildMemo(
            cache,
            generatorKey,
            BuildKeys.Inputs(generatorKey, source, templates, options),
            memory,
            memory is null ? "" : BuildKeys.Content(generatorKey, source, options));
    }

    /// <summary>
    /// This build's model, made by <paramref name="make"/> (Load and Model); or, kept in memory by serve when no file of the
    /// archive changed since its last build (only the theme), that build's model, with the warnings made with it given again.
    /// </summary>
    public ArchiveModel Model(DiagnosticBag diagnostics, Func<ArchiveModel> make)
    {
        if (_memory is null)
        {
            return make();
        }

        if (_memory.ModelFor(_contentKey) is var (kept, warnings))
        {
            foreach (var warning in warnings)
            {
                diagnostics.Add(warning);
            }

            _keptModel = (kept, warnings);
            return kept;
        }

        var before = diagnostics.Sorted();
        var model = make();
        _keptModel = (model, diagnostics.Sorted().Except(before).ToList());
        return model;
    }

    /// <summary>
    /// The start of the last build's manifest, when not a file of the source, the theme or the options changed and its
    /// output is as it left it; else null, and the rest of that manifest is read meanwhile, for the build that goes on.
    /// </summary>
    public ManifestHead? Unchanged()
    {
        if (_cache?.Head is { } last && last.InputsKey == _inputsKey && _cache.OutputUnchanged())
        {
            return last;
        }

        _cache?.ReadOnward();
        return null;
    }

    /// <summary>The parses the last build kept, for the loader; null without a cache.</summary>
    public SourceCache? Sources(string sourceFolder) => _cache?.Sources(sourceFolder, GeneratorKey);

    /// <summary>
    /// Which files of the last output this build may keep with the theme it has: those as the last build left them. Called
    /// while the model is made; the answer stands for <see cref="PreviousOutputs"/> from then on.
    /// </summary>
    public IReadOnlyDictionary<string, OutputEntry> ReusableOutputs(TemplateKeys theme)
    {
        _reusable = _cache?.Reusable(GeneratorKey, theme.All);
        return PreviousOutputs;
    }

    /// <summary>
    /// Starts noting what the model's Markdown texts are; the task gives the last graph's orders when the model has the
    /// same shape as then, and null otherwise (or with no last build to compare with).
    /// </summary>
    public Task<GraphOrders?>? OrdersFor(ArchiveModel model)
    {
        StaticFiles = EpubFingerprints.StaticFiles(model.StaticFiles);
        if (_cache is null)
        {
            return null;
        }

        var kept = _cache.SetSourcesAside();
        var staticFiles = StaticFiles;
        var before = _cache.Previous is { } last && last.GeneratorKey == GeneratorKey ? last : null;
        var prose = Task.Run(() => ModelProse.Of(model, staticFiles, before?.Prose, kept));
        _prose = prose;
        if (before is null)
        {
            // With nothing to compare it to, the prose is only kept for the next build.
            return null;
        }

        return prose.ContinueWith(made => made.GetAwaiter().GetResult().SameShapeAs(before.Prose) ? before.Orders : null, TaskScheduler.Default);
    }

    /// <summary>The search analyses the last build kept, and where this build keeps its own; null without a cache.</summary>
    public SearchAnalysisStore? SearchStore() => _cache is null ? null : new SearchAnalysisStore(_cache.SearchFiles, GeneratorKey);

    /// <summary>Keeps what a successful build made, for the next.</summary>
    /// <param name="summaries">The hash of the summary cut from each body, by the body's hash (<see cref="SummaryCache.Kept"/>).</param>
    public void Save(SiteGraph graph, OutputWriter writer, BodyKeys bodies, IReadOnlyDictionary<string, string> summaries, BuildCounts counts, IReadOnlyList<Diagnostic> warnings)
    {
        if (_keptModel is var (model, modelWarnings))
        {
            _memory!.Keep(_contentKey, model, modelWarnings);
        }

        _cache?.Save(new BuildManifest(
            GeneratorKey,
            _inputsKey,
            writer.Files,
            bodies.Queries.Where(q => graph.ArticlesBySourcePath.ContainsKey(q.Key)).ToDictionary(),
            counts,
            warnings,
            _prose.GetAwaiter().GetResult(),
            graph.Orders()) { Summaries = summaries });
    }

    /// <summary>A failed build leaves the last build's memos as they were.</summary>
    public void Discard() => _cache?.Discard();
}
