using Broadsheet.Diagnostics;
using Broadsheet.Load;
using Broadsheet.Model;

namespace Broadsheet.Cache;

/// <summary>
/// What the last successful build left, held in memory by a process that builds one site again and again with the same
/// options (serve): the next build takes the manifest and the articles' parses from here rather than reading the cache
/// folder's files, and leaves its own here rather than writing them. When only the theme changed since, it takes the
/// model too, and neither lists nor validates the archive again.
/// </summary>
public sealed class BuildMemory
{
    private IReadOnlyDictionary<string, SourceCacheEntry> _sources = new Dictionary<string, SourceCacheEntry>(StringComparer.Ordinal);
    private (string ContentKey, ArchiveModel Model, IReadOnlyList<Diagnostic> Warnings)? _model;

    internal BuildManifest? Manifest { get; private set; }

    /// <summary>The parses the last build kept, by site path; empty before the first.</summary>
    internal IReadOnlyDictionary<string, SourceCacheEntry> Sources => _sources;

    /// <summary>The last build's model, and the warnings made with it, if it was made from the content this key names.</summary>
    internal (ArchiveModel Model, IReadOnlyList<Diagnostic> Warnings)? ModelFor(string contentKey) =>
        _model is var (key, model, warnings) && key == contentKey ? (model, warnings) : null;

    internal void Keep(string contentKey, ArchiveModel model, IReadOnlyList<Diagnostic> warnings) => _model = (contentKey, model, warnings);

    /// <param name="sources">The parses this build kept; null when it did not load the archive, and the last build's stand.</param>
    internal void Keep(BuildManifest manifest, IReadOnlyDictionary<string, SourceCacheEntry>? sources)
    {
        Manifest = manifest;
        _sources = sources ?? _sources;
    }
}
