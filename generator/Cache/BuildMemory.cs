using Broadsheet.Load;

namespace Broadsheet.Cache;

/// <summary>
/// What the last successful build left, held in memory by a process that builds one site again and again (serve): the
/// next build takes the manifest and the articles' parses from here rather than reading the cache folder's files, and
/// leaves its own here rather than writing them.
/// </summary>
public sealed class BuildMemory
{
    internal BuildManifest? Manifest { get; private set; }

    private (IReadOnlyDictionary<string, SourceCacheEntry> Entries, string GeneratorKey, string SourceFolder)? _sources;

    /// <summary>The parses the last build kept, if it was made by this generator from this folder; empty otherwise.</summary>
    internal IReadOnlyDictionary<string, SourceCacheEntry> SourcesFor(string generatorKey, string sourceFolder) =>
        _sources is var (entries, key, folder) && key == generatorKey && folder == sourceFolder
            ? entries
            : new Dictionary<string, SourceCacheEntry>(StringComparer.Ordinal);

    internal void Keep(BuildManifest manifest, (IReadOnlyDictionary<string, SourceCacheEntry> Entries, string GeneratorKey, string SourceFolder)? sources)
    {
        Manifest = manifest;
        _sources = sources;
    }
}
