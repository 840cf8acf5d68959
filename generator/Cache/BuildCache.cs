using Broadsheet.Common;
using Broadsheet.Load;
using Broadsheet.Render.Markdown;
using Broadsheet.Search;
using Broadsheet.Write;

namespace Broadsheet.Cache;

/// <summary>
/// The cache folder (by default <c>.broadsheet-cache/&lt;output&gt;/</c> beside the output folder): what the last
/// successful build was made from and what it wrote, so the next build renders and writes only what changed.
/// The output folder itself is the cache of pages; the manifest only says what each file was made from.
/// </summary>
public sealed class BuildCache
{
    public const string FolderName = ".broadsheet-cache";

    private const string ManifestName = "manifest.bin";

    private const string SourcesName = "sources.bin";

    private readonly string _manifestPath;
    private readonly string _sourcesPath;
    private readonly BuildMemory? _memory;
    private (SourceCache Cache, string GeneratorKey, string SourceFolder)? _sources;
    private IReadOnlyDictionary<string, SourceCacheEntry>? _sourcesKept;
    private Task? _sourcesSetAside;
    private readonly Task<List<(string Path, long Size, long Ticks)>> _outputs;
    private readonly Lazy<BuildManifest?> _previous;

    /// <param name="outputFolder">The output the last build wrote: its files are looked at on another thread from now, for
    /// <see cref="OutputUnchanged"/> and <see cref="Reusable"/>, while the sources are listed.</param>
    /// <param name="memory">Where the manifest and the parses are kept instead of in files, for a build that runs again in this process; null to use the files.</param>
    public BuildCache(string folder, string outputFolder, BuildMemory? memory = null)
    {
        _memory = memory;
        _manifestPath = Path.Combine(Path.GetFullPath(folder), ManifestName);
        _sourcesPath = Path.Combine(Path.GetFullPath(folder), SourcesName);
        SearchFiles = SearchCacheFiles.In(Path.GetFullPath(folder));
        var root = Path.GetFullPath(outputFolder);
        _outputs = HasManifest(folder, memory)
            ? Task.Run(() => FolderFiles.Under(root, withoutDeployment: true))
            : Task.FromResult(new List<(string Path, long Size, long Ticks)>());
        // The start of the manifest tells whether anything changed; the rest is read only for a build that goes on.
        Head = memory is null ? ManifestFile.ReadHead(_manifestPath) : memory.Manifest is { } kept ? ManifestHead.Of(kept) : null;
        _previous = new Lazy<BuildManifest?>(() => memory is null ? ManifestFile.Read(_manifestPath) : memory.Manifest);
    }

    public static bool HasManifest(string folder, BuildMemory? memory) =>
        memory?.Manifest is not null || File.Exists(Path.Combine(Path.GetFullPath(folder), ManifestName));

    /// <summary>
    /// The bytes of what the last build left that the next one reads whole: the manifest, the parses and the search index;
    /// 0 when there is no manifest.
    /// </summary>
    public static long StateBytes(string folder)
    {
        var full = Path.GetFullPath(folder);
        var manifest = new FileInfo(Path.Combine(full, ManifestName));
        if (!manifest.Exists)
        {
            return 0;
        }

        var sources = new FileInfo(Path.Combine(full, SourcesName));
        var index = new FileInfo(SearchCacheFiles.In(full).Index);
        return manifest.Length + (sources.Exists ? sources.Length : 0) + (index.Exists ? index.Length : 0);
    }

    /// <summary>Each article's analysis for the search index, and the index, as the last successful build left them.</summary>
    public SearchCacheFiles SearchFiles { get; }

    /// <summary>Where the output as it was before the last build is kept, to start the next staging folder from (see <c>PreviousTree</c>).</summary>
    public string PreviousTreePath => Path.Combine(Path.GetDirectoryName(_manifestPath)!, "previous-output");

    /// <summary>
    /// Beside the previous tree, when the build that wrote the manifest left the tree holding its output file for file:
    /// the manifest's size and time. The next build then need not list the tree.
    /// </summary>
    private string FollowsPath => PreviousTreePath + ".follows";

    /// <summary>Whether the output held the files the last build left, as it left them, and no others (see <see cref="Reusable"/>).</summary>
    public bool OutputWhole { get; private set; }

    /// <summary>
    /// The previous tree, for the staging folder to start from, with the files it holds when the last build left it
    /// holding its output (see <see cref="NoteTreeFollows"/>); null when they are not known, and the tree is listed. The
    /// note goes now: from here the tree changes.
    /// </summary>
    /// <returns>The tree's path, and what gives the files it holds: asked for on the thread that links, as the rest of the manifest is read meanwhile.</returns>
    public (string Path, Func<IEnumerable<string>?> Held) TakePreviousTree()
    {
        var noted = false;
        try
        {
            noted = _memory is null && Head is not null && File.Exists(FollowsPath) && File.ReadAllText(FollowsPath) == ManifestStamp();
            File.Delete(FollowsPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            noted = false;
        }

        return (PreviousTreePath, () => noted ? Previous?.Outputs.Keys : null);
    }

    /// <summary>Notes, once the manifest is saved, that the previous tree holds the output it describes (see <see cref="TakePreviousTree"/>).</summary>
    public void NoteTreeFollows()
    {
        if (_memory is null && File.Exists(_manifestPath))
        {
            File.WriteAllText(FollowsPath, ManifestStamp());
        }
    }

    private string ManifestStamp()
    {
        var manifest = new FileInfo(_manifestPath);
        return FormattableString.Invariant($"{manifest.Length} {manifest.LastWriteTimeUtc.Ticks}");
    }

    /// <summary>The start of the last successful build's manifest; null if there was none, or it cannot be read.</summary>
    public ManifestHead? Head { get; }

    /// <summary>What the last successful build left; null if there was none, or its manifest cannot be read.</summary>
    public BuildManifest? Previous => _previous.Value;

    /// <summary>Starts reading the rest of the manifest on another thread, for a build that goes on.</summary>
    public void ReadOnward()
    {
        if (Head is not null && !_previous.IsValueCreated)
        {
            _ = Task.Run(() => _previous.Value);
        }
    }

    /// <summary>
    /// The articles' parses the last successful build kept, for the loader, which leaves this build's in it; saved
    /// with the manifest when the build succeeds.
    /// </summary>
    public SourceCache Sources(string sourceFolder, string generatorKey)
    {
        var previous = _memory is null
            ? SourceCacheFile.Read(_sourcesPath, generatorKey, sourceFolder)
            : _memory.Sources;
        var cache = new SourceCache(previous, DateTime.UtcNow);
        _sources = (cache, generatorKey, sourceFolder);
        return cache;
    }

    /// <summary>The default cache folder of an output folder: <c>.broadsheet-cache/output</c> beside it.</summary>
    public static string DefaultFolder(string outputFolder)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputFolder));
        return Path.Combine(Path.GetDirectoryName(output)!, FolderName, Path.GetFileName(output));
    }

    /// <summary>The image store's folder inside a cache folder given with --cache.</summary>
    public const string ImageStoreName = "image-store";

    /// <summary>
    /// The default image store: <c>.broadsheet-cache/image-store</c> beside the source folder, shared by every output built from
    /// it (serve's too), since the derivatives depend on the photographs and site.yml alone.
    /// </summary>
    public static string DefaultImageStore(string sourceFolder)
    {
        var source = Path.TrimEndingDirectorySeparator(Path.GetFullPath(sourceFolder));
        return Path.Combine(Path.GetDirectoryName(source)!, FolderName, ImageStoreName);
    }

    /// <summary>Whether the output folder holds exactly the files the last build wrote, none changed since.</summary>
    public bool OutputUnchanged() => Head is not null && Head.OutputsStamp == OutputsStamp.Of(_outputs.GetAwaiter().GetResult());

    /// <summary>
    /// What of the last build this one may reuse: the output files still as it left them, and with the same generator,
    /// what each page was made from, where the theme still has the templates it was made with. Null when there is nothing to reuse.
    /// </summary>
    /// <param name="themeKeys">This build's theme's keys (<see cref="TemplateKeys.All"/>).</param>
    public BuildManifest? Reusable(string generatorKey, IReadOnlySet<string> themeKeys)
    {
        if (Previous is null)
        {
            return null;
        }

        var sameGenerator = Previous.GeneratorKey == generatorKey;
        var intact = new Dictionary<string, OutputEntry>(StringComparer.Ordinal);
        var listed = _outputs.GetAwaiter().GetResult();
        foreach (var (path, size, ticks) in listed)
        {
            if (Previous.Outputs.TryGetValue(path, out var entry) && entry.Size == size && entry.WriteTicks == ticks)
            {
                // A new generator or template may print the same views differently: compare bytes, not fingerprints.
                var sameMaker = sameGenerator && (entry.Theme is null || themeKeys.Contains(entry.Theme));
                intact[path] = sameMaker ? entry : entry with { Fingerprint = null };
            }
        }

        OutputWhole = listed.Count == intact.Count && intact.Count == Previous.Outputs.Count;
        return Previous with
        {
            Outputs = intact,
            Queries = Previous.GeneratorKey == generatorKey ? Previous.Queries : new Dictionary<string, IReadOnlyList<LinkQuery>>(),
            Summaries = Previous.GeneratorKey == generatorKey ? Previous.Summaries : new Dictionary<string, string>(),
        };
    }

    /// <summary>
    /// Once the articles are loaded: writes the parses this build keeps beside their file, on another thread, and lets them
    /// go, rather than hold thousands of parsed front matters to the end of the build. <see cref="Save"/> moves them in.
    /// An edit build leaves the file as it was when it serves nearly as well (<see cref="SourceCache.NearlyAsBefore"/>).
    /// </summary>
    /// <returns>The parses kept, by source path; empty when they were set aside before.</returns>
    public IReadOnlyDictionary<string, SourceCacheEntry> SetSourcesAside()
    {
        if (_sources is not var (sources, generatorKey, sourceFolder))
        {
            return new Dictionary<string, SourceCacheEntry>();
        }

        _sources = null;
        if (_memory is not null)
        {
            _sourcesKept = sources.Kept;
        }
        else if (!sources.NearlyAsBefore())
        {
            _sourcesSetAside = Task.Run(() => SourceCacheFile.Write(Next(_sourcesPath), generatorKey, sourceFolder, sources.Kept));
        }

        return sources.Kept;
    }

    /// <summary>Keeps what a successful build made, for the next.</summary>
    /// <remarks>
    /// The manifest goes last. A build killed before it leaves the last one's manifest beside a newer search index, and the
    /// next build takes from the output only the files that manifest describes, which that index made alike (an unchanged
    /// term's shard is the same either way). The other order could pair this build's manifest, and so its output, with
    /// the last build's index, whose unchanged shards are not this output's.
    /// </remarks>
    public void Save(BuildManifest manifest)
    {
        SetSourcesAside();
        if (_memory is not null)
        {
            SearchFiles.Keep();
            _memory.Keep(manifest, _sourcesKept);
            return;
        }

        _sourcesSetAside?.GetAwaiter().GetResult();
        if (_sourcesSetAside is not null && File.Exists(Next(_sourcesPath)))
        {
            File.Move(Next(_sourcesPath), _sourcesPath, overwrite: true);
        }

        SearchFiles.Keep();
        ManifestFile.Write(_manifestPath, manifest);
    }

    /// <summary>After a failed build: removes what it began to write, and the cache folder if that leaves it empty.</summary>
    public void Discard()
    {
        if (_sourcesSetAside is not null)
        {
            Task.WhenAny(_sourcesSetAside).GetAwaiter().GetResult();
            File.Delete(Next(_sourcesPath));
        }

        SearchFiles.Discard();
        var folder = Path.GetDirectoryName(_manifestPath)!;
        if (Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
            var parent = Path.GetDirectoryName(folder)!;
            if (Path.GetFileName(parent) == FolderName && !Directory.EnumerateFileSystemEntries(parent).Any())
            {
                Directory.Delete(parent);
            }
        }
    }

    private static string Next(string path) => path + ".next";
}
