using System.Globalization;
using System.Text;
using Broadsheet.Common;
using Broadsheet.Graph;
using Broadsheet.Render;

namespace Broadsheet.Search;

/// <summary>
/// Writes the index as classic scripts under <c>search/</c>, each calling <c>BroadsheetSearch.load(name, data)</c>, so search
/// works from file:// with no fetch: <c>index.js</c> (facets, each article's title, address and filter values), <c>t-KEY.js</c> (terms and
/// postings, by the terms' first characters), <c>p-KEY.js</c> (word positions, for phrases; see <see cref="SearchIndexBuilder.PositionsLimit"/>) and <c>d-N.js</c> (the rest of
/// what a result shows — standfirst, byline, date, opening words — <see cref="ChunkSize"/> articles a file). The search page loads only the files a query needs.
/// </summary>
public sealed class SearchIndexRenderer(SearchIndex index)
{
    public const string Folder = "search/";
    public const string ManifestPath = OutputPath.SearchIndex;
    public const int Version = 1;
    public const int MaxShardSize = 48 * 1024;
    public const int ChunkSize = 50;
    public const int ExcerptWords = 40;

    /// <param name="keep">
    /// Asked about each file known to be as the last build wrote it; true when the caller kept that file, which is then
    /// not rendered. Null to render every file.
    /// </param>
    public IEnumerable<RenderedFile> Render(Func<string, bool>? keep = null)
    {
        var (shardKeys, keys) = (index.Shards.Keys, index.Shards.KeyByItem);
        var positions = index.HasPositions;

        yield return Manifest(shardKeys, positions);

        var termsByKey = index.Terms.ToLookup(t => keys[t.Term], StringComparer.Ordinal);
        var formsByKey = index.Forms.ToLookup(f => keys[f.Key], StringComparer.Ordinal);
        foreach (var key in shardKeys)
        {
            var withPositions = positions && termsByKey[key].Any();
            if (keep is not null
                && index.Shards.Unchanged.Contains(key)
                && keep(Folder + "t-" + ShardKeys.FileName(key) + ".js")
                && (!withPositions || keep(Folder + "p-" + ShardKeys.FileName(key) + ".js")))
            {
                continue;
            }

            yield return TermShard(key, termsByKey[key], formsByKey[key]);
            if (withPositions)
            {
                yield return PositionShard(key, termsByKey[key]);
            }
        }

        var documents = index.Corpus.Documents;
        for (var start = 0; start < documents.Count; start += ChunkSize)
        {
            var number = start / ChunkSize;
            if (keep is not null && index.UnchangedChunks.Contains(number) && keep(ChunkPath(number)))
            {
                continue;
            }

            yield return Chunk(number, documents.Skip(start).Take(ChunkSize));
        }
    }

    /// <summary>
    /// The hash of what each chunk of <paramref name="documents"/> shows, by chunk number: two chunks with the same hash
    /// are the same file, so a build need not render one whose hash the last build's had.
    /// </summary>
    public static IReadOnlyList<string> ChunkHashes(IReadOnlyList<SearchDocument> documents)
    {
        var hashes = new List<string>((documents.Count + ChunkSize - 1) / ChunkSize);
        for (var start = 0; start < documents.Count; start += ChunkSize)
        {
            var fingerprint = new Fingerprint();
            for (var i = start; i < Math.Min(start + ChunkSize, documents.Count); i++)
            {
                // The fields ChunkFields gives, added as they stand: no array, no excerpt cut and copied, no numbers as text.
                var document = documents[i];
                var excerpt = ExcerptLength(document.Body);
                fingerprint.Add(document.Subtitle ?? "").Add(document.Byline).Add(document.DateText)
                    .Add(document.Body.AsSpan(0, excerpt)).Mark(excerpt < document.Body.Length ? 'c' : 'w');
                if (document.Thumbnail is { } t)
                {
                    fingerprint.Add(t.Jpeg).Add(t.Webp ?? "").Add(t.Width).Add(t.Height).Add(t.Alt);
                }
            }

            hashes.Add(fingerprint.Hex());
        }

        return hashes;
    }

    private static string ChunkPath(int number) => Folder + ChunkName(number) + ".js";

    private static string ChunkName(int number) => string.Create(CultureInfo.InvariantCulture, $"d-{number}");

    /// <summary>What a result shows of an article beyond its title: standfirst, byline, date, opening words and, when it has one, its thumbnail.</summary>
    private static string[] ChunkFields(SearchDocument document) =>
        document.Thumbnail is { } t
            ? [document.Subtitle ?? "", document.Byline, document.DateText, Excerpt(document.Body), t.Jpeg, t.Webp ?? "", Number(t.Width), Number(t.Height), t.Alt]
            : [document.Subtitle ?? "", document.Byline, document.DateText, Excerpt(document.Body)];

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private RenderedFile Manifest(IReadOnlyList<string> shardKeys, bool positions)
    {
        var corpus = index.Corpus;
        var documents = corpus.Documents;
        var minYear = documents.Count == 0 ? 0 : documents.Min(d => d.Year);
        var docs = new StringBuilder();
        foreach (var document in documents)
        {
            VarChars.Append(docs, document.Year - minYear);
            VarChars.Append(docs, document.Section + 1);
            VarChars.Append(docs, document.Topics.Count);
            document.Topics.ToList().ForEach(t => VarChars.Append(docs, t));
            VarChars.Append(docs, document.Authors.Count);
            document.Authors.ToList().ForEach(a => VarChars.Append(docs, a));
        }

        var lengths = new StringBuilder();
        foreach (var length in index.BodyLengths)
        {
            VarChars.Append(lengths, length);
        }

        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"BroadsheetSearch.load(\"index\",{{\"version\":{Version},\"stem\":{(corpus.English ? "true" : "false")},\"positions\":{(positions ? "true" : "false")},");
        text.Append(CultureInfo.InvariantCulture, $"\"count\":{documents.Count},\"chunk\":{ChunkSize},\"minYear\":{minYear},\n");
        Facets(text, "sections", corpus.Sections);
        Facets(text, "topics", corpus.Topics);
        Facets(text, "authors", corpus.Authors);
        text.Append("\"shards\":");
        Strings(text, shardKeys);
        // VarChars need no escaping: the two lists go in as they are, not copied into strings first.
        text.Append(",\n\"docs\":\"").Append(docs);
        text.Append("\",\n\"lengths\":\"").Append(lengths).Append('"');
        text.Append(",\n\"titles\":");
        Strings(text, documents.Select(d => d.Title), newlineEvery: 100);
        text.Append(",\n\"paths\":");
        Strings(text, documents.Select(d => ShortPath(d.Url)), newlineEvery: 100);
        text.Append("});\n");
        return new RenderedFile(ManifestPath, text);
    }

    private static void Facets(StringBuilder text, string name, IReadOnlyList<SearchFacet> facets)
    {
        text.Append('"').Append(name).Append("\":[");
        for (var i = 0; i < facets.Count; i++)
        {
            text.Append(i > 0 ? "," : "").Append('[');
            JsLiteral.AppendString(text, facets[i].Id);
            text.Append(',');
            JsLiteral.AppendString(text, facets[i].Title);
            text.Append(']');
        }

        text.Append("],\n");
    }

    private static RenderedFile TermShard(string key, IEnumerable<SearchTerm> terms, IEnumerable<KeyValuePair<string, string>> forms)
    {
        var text = Start("t-" + ShardKeys.FileName(key));
        text.Append("{\"terms\":");
        Strings(text, terms.SelectMany(t => new[] { t.Term, t.Postings }), newlineEvery: 2);
        text.Append(",\n\"forms\":");
        Strings(text, forms.SelectMany(f => new[] { f.Key, f.Value }), newlineEvery: 2);
        text.Append('}');
        return End(text, "t-" + ShardKeys.FileName(key));
    }

    private static RenderedFile PositionShard(string key, IEnumerable<SearchTerm> terms)
    {
        var text = Start("p-" + ShardKeys.FileName(key));
        Strings(text, terms.SelectMany(t => new[] { t.Term, t.Positions }), newlineEvery: 2);
        return End(text, "p-" + ShardKeys.FileName(key));
    }

    private static RenderedFile Chunk(int number, IEnumerable<SearchDocument> documents)
    {
        var name = ChunkName(number);
        var text = Start(name);
        text.Append('[');
        var first = true;
        foreach (var document in documents)
        {
            text.Append(first ? "\n" : ",\n");
            first = false;
            Strings(text, ChunkFields(document));
        }

        text.Append(']');
        return End(text, name);
    }

    /// <summary>An article's address without what every one has: "2024/03/x" for "articles/2024/03/x.html"; others start with '/'.</summary>
    public static string ShortPath(string url) =>
        url.StartsWith("articles/", StringComparison.Ordinal) && url.EndsWith(".html", StringComparison.Ordinal)
            ? url["articles/".Length..^".html".Length]
            : "/" + url;

    /// <summary>The start of the body, from which a result's snippet is cut; the excerpt of an excerpt is itself.</summary>
    public static string Excerpt(string body)
    {
        var length = ExcerptLength(body);
        return length == body.Length ? body : string.Concat(body.AsSpan(0, length), " \u2026");
    }

    /// <summary>How much of the body the excerpt keeps: up to the space before the 41st word, found without splitting (and copying) the rest; all of a shorter body.</summary>
    private static int ExcerptLength(string body)
    {
        var end = -1;
        for (var words = 0; words < ExcerptWords; words++)
        {
            end = body.IndexOf(' ', end + 1);
            if (end < 0)
            {
                return body.Length;
            }
        }

        return end;
    }

    private static StringBuilder Start(string name) => new StringBuilder("BroadsheetSearch.load(\"").Append(name).Append("\",");

    private static RenderedFile End(StringBuilder text, string name)
    {
        text.Append(");\n");
        return new RenderedFile(Folder + name + ".js", text);
    }

    private static void Strings(StringBuilder text, IEnumerable<string> values, int newlineEvery = 0)
    {
        text.Append('[');
        var i = 0;
        foreach (var value in values)
        {
            if (i > 0)
            {
                text.Append(newlineEvery > 0 && i % newlineEvery == 0 ? ",\n" : ",");
            }

            JsLiteral.AppendString(text, value);
            i++;
        }

        text.Append(']');
    }
}
