namespace Broadsheet.Search;

/// <summary>The built index: every term, sorted, and the word forms that stem to another term (for prefix search).</summary>
/// <param name="Forms">Each word as written (folded) whose stem differs from it, with that stem, sorted by word.</param>
/// <param name="BodyLengths">Each article's body length in words, by id, for ranking.</param>
/// <param name="Shards">The term shards the renderer writes, and which of them are as the last build wrote them.</param>
/// <param name="HasPositions">Whether the terms carry word positions (see <see cref="SearchIndexBuilder.PositionsLimit"/>).</param>
/// <param name="Chunks">The hash of what each document chunk (<c>d-N.js</c>) shows (<see cref="SearchIndexRenderer.ChunkHashes"/>), by number.</param>
public sealed record SearchIndex(
    SearchCorpus Corpus,
    bool HasPositions,
    IReadOnlyList<SearchTerm> Terms,
    IReadOnlyList<KeyValuePair<string, string>> Forms,
    IReadOnlyList<int> BodyLengths,
    SearchShards Shards,
    IReadOnlyList<string> Chunks)
{
    /// <summary>The document chunks known to show what the last build's showed, by number: they need not be rendered again.</summary>
    public IReadOnlySet<int> UnchangedChunks { get; init; } = new HashSet<int>();

    /// <summary>The index being kept in the build cache for the next build, while its files are rendered: wait for it before the cache is saved.</summary>
    public Task Kept { get; init; } = Task.CompletedTask;
}
