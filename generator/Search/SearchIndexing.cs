namespace Broadsheet.Search;

/// <summary>
/// One build of the search index, fed in id order while the articles' pages are rendered: <see cref="Add"/> analyses and
/// merges the documents up to an id, <see cref="Finish"/> makes the index. Only one batch of bodies and their terms is held
/// at a time, whatever the size of the archive.
/// </summary>
public sealed class SearchIndexing
{
    private readonly SearchIndexBuilder _builder;
    private readonly SearchCorpus _corpus;
    private readonly SearchAnalysisStore? _store;
    private readonly bool _withPositions;
    private readonly string?[] _keys;
    private readonly Task _prepared;
    private IReadOnlyList<SearchDocument> _documents;
    private SearchDocument?[]? _made;
    private List<int>? _changed;
    private bool[]? _textNeeded;
    private readonly SearchDocument[] _kept;
    private readonly Dictionary<string, TermAccumulator> _terms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Stem, int Documents)> _forms = new(StringComparer.Ordinal);
    private readonly int[] _lengths;
    private int _merged;

    internal SearchIndexing(SearchIndexBuilder builder, SearchCorpus corpus, SearchAnalysisStore? store)
    {
        _builder = builder;
        _corpus = corpus;
        _store = store;
        _documents = corpus.Documents;
        _withPositions = _documents.Count <= SearchIndexBuilder.PositionsLimit;
        _keys = new string?[_documents.Count];
        _kept = new SearchDocument[_documents.Count];
        _lengths = new int[_documents.Count];
        _prepared = store is null ? Task.CompletedTask : Task.Run(() => Prepare(store));
    }

    /// <summary>
    /// Each document's key, and which documents changed since the last build's index, worked out on another thread while
    /// the first pages render: <see cref="Add"/> and <see cref="Finish"/> wait for it.
    /// </summary>
    private void Prepare(SearchAnalysisStore store)
    {
        // The last index is read beside the keys, which it is compared with.
        var previous = Task.Run(() => store.PreviousIndex);

        // Each document made once: its key comes from the same one that is analysed, and dropped once it is.
        var made = new SearchDocument?[_documents.Count];
        Parallel.For(0, made.Length, i =>
        {
            made[i] = _corpus.Documents[i];
            _keys[i] = SearchAnalysisStore.KeyOf(made[i]!, _corpus.English, _withPositions);
        });
        _made = made;
        _documents = made!;
        previous.GetAwaiter().GetResult();
        _changed = SearchIndexBuilder.Changed(_corpus, _withPositions, _keys, store);
        var textNeeded = new bool[_documents.Count];
        foreach (var id in _changed ?? Enumerable.Range(0, _documents.Count))
        {
            textNeeded[id] = !store.HadBefore(_keys[id]);
        }

        _textNeeded = textNeeded;
    }

    /// <summary>Whether the keys are worked out, and <see cref="NeedsText"/> gives the last word.</summary>
    public bool Prepared => _prepared.IsCompleted;

    /// <summary>
    /// Whether the index will read this document's body: not when the last build's analysis of it is kept, nor when the
    /// last index is patched and the document is not among those that changed. A caller that has the text at hand keeps it
    /// until then. Until the keys are worked out, every body may be read.
    /// </summary>
    public bool NeedsText(int id) => !Prepared || (_textNeeded?[id] ?? true);

    /// <summary>Analyses and merges the documents from the last one added up to (not including) <paramref name="end"/>.</summary>
    /// <remarks>When the last build's index is to be patched, nothing is merged here: the few changed documents are read by <see cref="Finish"/>.</remarks>
    public void Add(int end)
    {
        _prepared.GetAwaiter().GetResult();
        if (_changed is null)
        {
            Merge(end);
        }
    }

    public SearchIndex Finish()
    {
        _prepared.GetAwaiter().GetResult();
        if (_changed is not null)
        {
            if (_builder.TryPatch(_corpus with { Documents = _documents }, _withPositions, _keys, _store!, _changed) is { } patched)
            {
                _builder.Finished(patched: true);
                return patched;
            }
        }

        Merge(_documents.Count);
        _builder.Finished(patched: false);
        return SearchIndexBuilder.Finish(
            _corpus with { Documents = _kept },
            _withPositions,
            Terms(),
            _forms,
            _lengths,
            _keys,
            _store);
    }

    /// <summary>The terms in order, each taking its accumulator's postings as they are written.</summary>
    private List<SearchTerm> Terms()
    {
        var names = _terms.Keys.Order(StringComparer.Ordinal).ToList();
        var terms = new List<SearchTerm>(names.Count);
        foreach (var name in names)
        {
            terms.Add(_terms[name].ToTerm(name));
            _terms.Remove(name);
        }

        return terms;
    }

    private void Merge(int end)
    {
        var analysed = new DocumentTerms?[SearchIndexBuilder.BatchSize];
        var stored = new byte[]?[analysed.Length];
        for (var start = _merged; start < end; start += SearchIndexBuilder.BatchSize)
        {
            var count = Math.Min(SearchIndexBuilder.BatchSize, end - start);
            Parallel.For(0, count, i =>
            {
                var document = _documents[start + i];
                if (_store?.TryRead(_keys[start + i], _withPositions) is { } entry)
                {
                    // The same title, names and body as in the last build: its body is not even read.
                    (analysed[i], stored[i]) = (entry.Terms, entry.Entry);
                    _kept[start + i] = document with { Body = entry.Excerpt };
                }
                else
                {
                    (analysed[i], stored[i]) = (_builder.Analyse(document, _corpus.English, _withPositions), null);
                    _kept[start + i] = document with { Body = SearchIndexRenderer.Excerpt(document.Body) };
                }

                if (_made is not null)
                {
                    _made[start + i] = null;
                }
            });

            for (var i = 0; i < count; i++)
            {
                var id = start + i;
                var document = analysed[i]!;
                _store?.Add(_keys[id], document, _kept[id].Body, _withPositions, stored[i]);
                foreach (var (term, (code, positions)) in document.Terms)
                {
                    if (!_terms.TryGetValue(term, out var accumulator))
                    {
                        accumulator = new TermAccumulator(_withPositions);
                        _terms[term] = accumulator;
                    }

                    accumulator.Add(id, code, positions);
                }

                SearchIndexBuilder.AddForms(_forms, document, 1);
                _lengths[id] = document.BodyLength;
                (analysed[i], stored[i]) = (null, null);
            }
        }

        _merged = Math.Max(_merged, end);
    }
}
