using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace Broadsheet.Search;

/// <summary>Builds the inverted index of a <see cref="SearchCorpus"/>: articles are analysed in parallel, merged in id order.</summary>
public sealed class SearchIndexBuilder
{
    /// <summary>
    /// Word positions (for exact phrases) are kept for archives up to this size. They cost about a third of the articles'
    /// text by themselves, so a larger archive keeps its index small instead and a phrase matches articles with all its words.
    /// </summary>
    public const int PositionsLimit = 5000;

    /// <summary>Every word met so far, with its term: a word's string is made once, however often it is met again.</summary>
    private readonly ConcurrentDictionary<string, string> _terms = new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _known;

    private readonly Func<ReadOnlySpan<char>, string> _word;

    public SearchIndexBuilder()
    {
        _known = _terms.GetAlternateLookup<ReadOnlySpan<char>>();
        _word = Word;
    }

    /// <summary>
    /// Articles are read and analysed this many at a time, then merged and dropped: only one batch of bodies and their
    /// terms is ever held, whatever the size of the archive. Small, so that the last merge ends while the other pages render.
    /// </summary>
    public const int BatchSize = 128;

    /// <summary>
    /// At most this many articles (or one in twenty, if more) are patched into the last build's index; beyond that, or
    /// when an article was added, removed or moved, every article's analysis is merged again.
    /// </summary>
    public const int PatchLimit = 50;

    /// <summary>Whether the last <see cref="Build"/> patched the previous build's index rather than merging every analysis.</summary>
    public bool Patched { get; private set; }

    /// <summary>Builds the index of a whole corpus at once.</summary>
    /// <remarks>
    /// Each document of <paramref name="corpus"/> is read once; a corpus may compute them as they are asked for. The index
    /// keeps each document without its full text: its <see cref="SearchDocument.Body"/> is cut to the opening words a result shows.
    /// </remarks>
    /// <param name="store">Analyses kept from the previous build, and where this build's are kept; null to analyse every document.</param>
    public SearchIndex Build(SearchCorpus corpus, SearchAnalysisStore? store = null)
    {
        var indexing = Start(corpus, store);
        indexing.Add(corpus.Documents.Count);
        var index = indexing.Finish();
        index.Kept.GetAwaiter().GetResult();
        return index;
    }

    /// <summary>Starts a build of the index that is fed its documents in id order (<see cref="SearchIndexing.Add"/>).</summary>
    public SearchIndexing Start(SearchCorpus corpus, SearchAnalysisStore? store = null) => new(this, corpus, store);

    /// <summary>Notes whether the index a build finished was patched from the previous build's.</summary>
    internal void Finished(bool patched) => Patched = patched;

    /// <summary>
    /// The articles whose analysis changed since the last build's index, when that index can be patched with them; null
    /// when it cannot: no index was kept, or too many articles changed, or one was added, removed or moved.
    /// </summary>
    internal static List<int>? Changed(SearchCorpus corpus, bool withPositions, string?[] keys, SearchAnalysisStore store)
    {
        var last = store.PreviousIndex;
        var count = corpus.Documents.Count;
        if (last is null || last.English != corpus.English || last.WithPositions != withPositions || last.Keys.Count != count)
        {
            return null;
        }

        var changed = Enumerable.Range(0, count).Where(i => keys[i] != last.Keys[i]).ToList();
        return changed.Count > Math.Max(PatchLimit, count / 20) || changed.Any(i => keys[i] is null) ? null : changed;
    }

    /// <summary>The last build's index patched with <paramref name="changed"/> (see <see cref="Changed"/>); null when it cannot be.</summary>
    internal SearchIndex? TryPatch(SearchCorpus corpus, bool withPositions, string?[] keys, SearchAnalysisStore store, List<int> changed)
    {
        try
        {
            return Patch(corpus, withPositions, keys, store, changed);
        }
        catch (FormatException)
        {
            // A kept index that reads but does not decode: made again from the analyses, like a missing one.
            return null;
        }
    }

    private SearchIndex? Patch(SearchCorpus corpus, bool withPositions, string?[] keys, SearchAnalysisStore store, List<int> changed)
    {
        var documents = corpus.Documents;
        var last = store.PreviousIndex!;

        // Each changed article's analysis as the last build had it, and as it is now.
        var before = new Dictionary<int, DocumentTerms>();
        var after = new Dictionary<int, (DocumentTerms Terms, string Excerpt, byte[]? Entry)>();
        foreach (var id in changed)
        {
            if (store.TryRead(last.Keys[id], withPositions) is not { } old)
            {
                return null;
            }

            before[id] = old.Terms;
            var document = documents[id];
            after[id] = store.TryRead(keys[id], withPositions) is { } entry
                ? (entry.Terms, entry.Excerpt, entry.Entry)
                : (Analyse(document, corpus.English, withPositions), SearchIndexRenderer.Excerpt(document.Body), null);
        }

        // Each term of a changed article, before or now, with the new postings of those that have it now, in id order.
        var added = new Dictionary<string, List<(int Document, int Code, List<int> Positions)>>(StringComparer.Ordinal);
        foreach (var id in changed)
        {
            foreach (var term in before[id].Terms.Keys)
            {
                added.TryAdd(term, []);
            }

            foreach (var (term, (code, positions)) in after[id].Terms.Terms)
            {
                ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(added, term, out _);
                (list ??= []).Add((id, code, positions));
            }
        }

        // The last build's terms, in order, with the touched ones spliced where they stand or come in. A term every changed
        // article has as it had it (most of an edited body's words) is not touched: its postings would come out the same.
        var touched = added.Keys.Where(term => !changed.All(id => SamePosting(before[id], after[id].Terms, term))).Order(StringComparer.Ordinal).ToList();
        var terms = new List<SearchTerm>(last.Terms.Count + touched.Count);
        var next = 0;
        foreach (var term in last.Terms)
        {
            for (; next < touched.Count && string.CompareOrdinal(touched[next], term.Term) < 0; next++)
            {
                Splice(touched[next], null);
            }

            if (next < touched.Count && touched[next] == term.Term)
            {
                Splice(touched[next++], term);
            }
            else
            {
                terms.Add(term);
            }
        }

        for (; next < touched.Count; next++)
        {
            Splice(touched[next], null);
        }

        void Splice(string name, SearchTerm? term)
        {
            if (PostingsSplicer.Splice(name, term, changed, added[name], withPositions) is { } spliced)
            {
                terms.Add(spliced);
            }
        }

        var forms = last.Forms.ToDictionary(f => f.Form, f => (f.Stem, f.Documents), StringComparer.Ordinal);
        var lengths = last.Lengths.ToArray();
        var kept = new SearchDocument[documents.Count];
        for (var id = 0; id < documents.Count; id++)
        {
            if (after.TryGetValue(id, out var now))
            {
                AddForms(forms, before[id], -1);
                AddForms(forms, now.Terms, 1);
                lengths[id] = now.Terms.BodyLength;
                kept[id] = documents[id] with { Body = now.Excerpt };
                store.Add(keys[id], now.Terms, now.Excerpt, withPositions, now.Entry);
            }
            else if (store.TryCopy(keys[id]!))
            {
                kept[id] = documents[id] with { Body = last.Excerpts[id] };
            }
            else
            {
                // The store lost an entry the index was made with: nothing can be trusted, and everything is merged again.
                return null;
            }
        }

        // A word form's shard changes only when the form comes into the index or leaves it: one an article had and has is neither.
        var touchedForms = changed.SelectMany(id => before[id].Forms.Keys.Where(f => !after[id].Terms.Forms.ContainsKey(f))
            .Concat(after[id].Terms.Forms.Keys.Where(f => !before[id].Forms.ContainsKey(f))));
        var index = Finish(corpus with { Documents = kept }, withPositions, terms, forms, lengths, keys, store);
        return index with
        {
            Shards = index.Shards.Since(last.Shards, touched.Concat(touchedForms)),
            UnchangedChunks = Enumerable.Range(0, Math.Min(index.Chunks.Count, last.Chunks.Count)).Where(i => index.Chunks[i] == last.Chunks[i]).ToHashSet(),
        };
    }

    /// <summary>Whether an article has a term now as it had it: both without it, or both with the same code and positions.</summary>
    private static bool SamePosting(DocumentTerms before, DocumentTerms after, string term)
    {
        var had = before.Terms.TryGetValue(term, out var was);
        var has = after.Terms.TryGetValue(term, out var now);
        return had == has && (!had || (was.Code == now.Code && was.Positions.SequenceEqual(now.Positions)));
    }

    internal static SearchIndex Finish(
        SearchCorpus corpus,
        bool withPositions,
        List<SearchTerm> terms,
        Dictionary<string, (string Stem, int Documents)> forms,
        int[] lengths,
        string?[] keys,
        SearchAnalysisStore? store)
    {
        var sortedForms = InUse(forms);
        var formStems = sortedForms.ConvertAll(f => new KeyValuePair<string, string>(f.Form, f.Stem));
        var chunking = Task.Run(() => SearchIndexRenderer.ChunkHashes(corpus.Documents));
        var shards = SearchShards.Of(terms, formStems);
        var chunks = chunking.GetAwaiter().GetResult();
        var kept = Task.CompletedTask;
        if (store is not null)
        {
            store.Finish();
            if (keys.All(k => k is not null))
            {
                var state = new SearchIndexState(
                    corpus.English,
                    withPositions,
                    keys!,
                    corpus.Documents.Select(d => d.Body).ToList(),
                    lengths,
                    terms,
                    sortedForms,
                    shards.Keys,
                    chunks);
                kept = Task.Run(() => store.SaveIndex(state));
            }
        }

        return new SearchIndex(
            corpus,
            withPositions,
            terms,
            formStems,
            lengths,
            shards,
            chunks)
        {
            Kept = kept,
        };
    }

    /// <summary>
    /// The word forms some article still has, in ordinal order: the forms' strings sorted as an array, and each looked up,
    /// where ordering the pairs (tens of thousands) compared through a delegate, and had the sort's code for them compiled.
    /// </summary>
    private static List<(string Form, string Stem, int Documents)> InUse(Dictionary<string, (string Stem, int Documents)> forms)
    {
        var names = new string[forms.Count];
        var n = 0;
        foreach (var (form, (_, documents)) in forms)
        {
            if (documents > 0)
            {
                names[n++] = form;
            }
        }

        Array.Sort(names, 0, n, StringComparer.Ordinal);
        var inUse = new List<(string Form, string Stem, int Documents)>(n);
        for (var i = 0; i < n; i++)
        {
            var (stem, documents) = forms[names[i]];
            inUse.Add((names[i], stem, documents));
        }

        return inUse;
    }

    internal static void AddForms(Dictionary<string, (string Stem, int Documents)> forms, DocumentTerms document, int delta)
    {
        foreach (var (form, stem) in document.Forms)
        {
            var count = forms.TryGetValue(form, out var known) ? known.Documents : 0;
            forms[form] = (stem, count + delta);
        }
    }

    /// <summary>The index term of a token: its stem on an English site, else the token itself.</summary>
    public string Term(string token, bool english) =>
        english ? _terms.GetOrAdd(token, EnglishStemmer.Stem) : _terms.GetOrAdd(token, token);

    /// <summary>The string of a word met before, else a new one.</summary>
    private string Word(ReadOnlySpan<char> word) => _known.TryGetValue(word, out var known, out _) ? known : new string(word);

    /// <summary>The tokens of the field being analysed, one list per thread: a body's list grown anew for each article was a tenth of the search stage's allocations.</summary>
    [ThreadStatic]
    private static List<string>? t_tokens;

    internal DocumentTerms Analyse(SearchDocument document, bool english, bool withPositions)
    {
        // About one distinct word in 16 to 20 characters of a body, with room for the title and the names around it.
        var result = new DocumentTerms(withPositions, 64 + document.Body.Length / 16);
        var tokens = t_tokens ??= new List<string>(1024);
        var position = 0;
        void Field(string? text, int field)
        {
            if (string.IsNullOrEmpty(text))
            {
                return;
            }

            tokens.Clear();
            SearchTokenizer.Tokenize(text, tokens, _word);
            foreach (var token in tokens)
            {
                var term = Term(token, english);
                if (!ReferenceEquals(term, token) && term != token)
                {
                    result.Forms.TryAdd(token, term);
                }

                result.Add(term, field, position++);
            }

            // A gap, so that a phrase cannot run from the end of one field into the next.
            position++;
        }

        Field(document.Title, DocumentTerms.InTitle);
        Field(document.Subtitle, DocumentTerms.InTitle);
        foreach (var name in document.Meta)
        {
            Field(name, DocumentTerms.InMeta);
        }

        var bodyStart = position;
        Field(document.Body, 0);
        result.BodyLength = Math.Max(0, position - bodyStart - 1);
        return result;
    }
}
