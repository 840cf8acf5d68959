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

    public SearchIndex Build(SearchCorpus corpus)
    {
        var documents = corpus.Documents;
        var withPositions = documents.Count <= PositionsLimit;
        var analysed = new DocumentTerms?[documents.Count];
        Parallel.For(0, documents.Count, i => analysed[i] = Analyse(documents[i], corpus.English));

        var terms = new Dictionary<string, TermAccumulator>(StringComparer.Ordinal);
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        var lengths = new int[documents.Count];
        for (var id = 0; id < analysed.Length; id++)
        {
            var document = analysed[id]!;
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
            analysed[id] = null;
        }

        return new SearchIndex(
            corpus,
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
