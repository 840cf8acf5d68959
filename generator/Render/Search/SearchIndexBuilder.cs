using System.Collections.Concurrent;

namespace Broadsheet.Render.Search;

/// <summary>Builds the inverted index of a <see cref="SearchCorpus"/>: articles are analysed in parallel, merged in id order.</summary>
public sealed class SearchIndexBuilder
{
    /// <summary>
    /// Word positions (for exact phrases) are kept for archives up to this size. They cost about a third of the articles'
    /// text by themselves, so a larger archive keeps its index small instead and a phrase matches articles with all its words.
    /// </summary>
    public const int PositionsLimit = 5000;

    private readonly ConcurrentDictionary<string, string> _stems = new(StringComparer.Ordinal);

    /// <summary>
    /// Articles are read and analysed this many at a time, then merged and dropped: only one batch of bodies and their
    /// terms is ever held, whatever the size of the archive.
    /// </summary>
    public const int BatchSize = 512;

    /// <remarks>
    /// Each document of <paramref name="corpus"/> is read once; a corpus may compute them as they are asked for. The index
    /// keeps each document without its full text: its <see cref="SearchDocument.Body"/> is cut to the opening words a result shows.
    /// </remarks>
    /// <param name="store">Analyses kept from the previous build, and where this build's are kept; null to analyse every document.</param>
    public SearchIndex Build(SearchCorpus corpus, SearchAnalysisStore? store = null)
    {
        var documents = corpus.Documents;
        var withPositions = documents.Count <= PositionsLimit;
        var kept = new SearchDocument[documents.Count];
        var analysed = new DocumentTerms?[Math.Min(BatchSize, documents.Count)];
        var keys = new string?[analysed.Length];
        var reused = new bool[analysed.Length];
        var terms = new Dictionary<string, TermAccumulator>(StringComparer.Ordinal);
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        var lengths = new int[documents.Count];
        for (var start = 0; start < documents.Count; start += BatchSize)
        {
            var count = Math.Min(BatchSize, documents.Count - start);
            Parallel.For(0, count, i =>
            {
                var document = documents[start + i];
                keys[i] = store is null ? null : SearchAnalysisStore.KeyOf(document, corpus.English, withPositions);
                if (store?.TryRead(keys[i], withPositions) is { } stored)
                {
                    // The same title, names and body as in the last build: its body is not even read.
                    (analysed[i], reused[i]) = (stored.Terms, true);
                    kept[start + i] = document with { Body = stored.Excerpt };
                }
                else
                {
                    (analysed[i], reused[i]) = (Analyse(document, corpus.English), false);
                    kept[start + i] = document with { Body = SearchIndexRenderer.Excerpt(document.Body) };
                }
            });

            for (var i = 0; i < count; i++)
            {
                var id = start + i;
                var document = analysed[i]!;
                store?.Add(keys[i], document, kept[id].Body, withPositions, reused[i]);
                foreach (var (term, (code, positions)) in document.Terms)
                {
                    if (!terms.TryGetValue(term, out var accumulator))
                    {
                        accumulator = new TermAccumulator(withPositions);
                        terms[term] = accumulator;
                    }

                    accumulator.Add(id, code, positions);
                }

                foreach (var (form, stem) in document.Forms)
                {
                    forms.TryAdd(form, stem);
                }

                lengths[id] = document.BodyLength;
                analysed[i] = null;
            }
        }

        store?.Finish();
        return new SearchIndex(
            corpus with { Documents = kept },
            withPositions,
            terms.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => t.Value.ToTerm(t.Key)).ToList(),
            forms.OrderBy(f => f.Key, StringComparer.Ordinal).ToList(),
            lengths);
    }

    /// <summary>The index term of a token: its stem on an English site, else the token itself.</summary>
    public string Term(string token, bool english) =>
        english ? _stems.GetOrAdd(token, EnglishStemmer.Stem) : token;

    private DocumentTerms Analyse(SearchDocument document, bool english)
    {
        var result = new DocumentTerms();
        var tokens = new List<string>();
        var position = 0;
        void Field(string? text, int field)
        {
            if (string.IsNullOrEmpty(text))
            {
                return;
            }

            tokens.Clear();
            SearchTokenizer.Tokenize(text, tokens);
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
