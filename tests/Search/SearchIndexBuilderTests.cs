using Broadsheet.Search;

namespace Broadsheet.Tests.Search;

public sealed class SearchIndexBuilderTests
{
    private static SearchDocument Document(string title, string body, string? subtitle = null, params string[] meta) =>
        new("articles/x.html", title, subtitle, "", "1 May 1926", 1926, -1, [], [], meta, body);

    private static SearchIndex Build(bool english, params SearchDocument[] documents) =>
        new SearchIndexBuilder().Build(new SearchCorpus(english, [], [], [], documents));

    private static List<int> Postings(SearchIndex index, string term) =>
        VarChars.Decode(index.Terms.Single(t => t.Term == term).Postings);

    [Fact]
    public void Each_term_lists_its_articles_with_the_count_in_the_body_and_whether_it_is_in_the_title_or_names()
    {
        var index = Build(
            true,
            Document("The strike", "Strikes and more strikes, striking everywhere."),
            Document("Nine days", "Nothing here.", "A general strike", "Strike Committee"),
            Document("Miners", "The miners struck."));

        // Gaps less one between article ids, then count in the body × 4 + 2 for the title + 1 for the names.
        Assert.Equal([0, (3 * 4) + 2, 0, (0 * 4) + 2 + 1], Postings(index, "strike"));
        Assert.Equal([2, 4], Postings(index, "struck"));
        Assert.Equal(["strike", "struck"], index.Terms.Select(t => t.Term).Where(t => t.StartsWith("str", StringComparison.Ordinal)));
        Assert.Contains(new KeyValuePair<string, string>("striking", "strike"), index.Forms);
        Assert.Equal([6, 2, 3], index.BodyLengths);
    }

    [Fact]
    public void Positions_count_words_across_title_standfirst_names_and_body_with_a_gap_between_them()
    {
        var index = Build(true, Document("General strike", "The general strike began.", "Nine days"));

        // title 0-1, gap, standfirst 3-4, gap, body 6-9: "general" at 0 and 7.
        Assert.Equal([2, 0, 6], VarChars.Decode(index.Terms.Single(t => t.Term == "general").Positions));
    }

    [Fact]
    public void Words_are_not_stemmed_on_a_site_in_another_language()
    {
        var index = Build(false, Document("Забастовки", "strikes"));

        Assert.Equal(["strikes", "забастовки"], index.Terms.Select(t => t.Term));
        Assert.Empty(index.Forms);
    }

    [Fact]
    public void Each_article_is_read_once_in_batches_and_the_index_keeps_only_the_opening_words_of_its_body()
    {
        var reads = new int[SearchIndexBuilder.BatchSize + 3];
        var body = string.Join(' ', Enumerable.Repeat("strike", 100));
        var documents = new CountingList(reads, i => Document($"Day {i}", body));

        var index = new SearchIndexBuilder().Build(new SearchCorpus(true, [], [], [], documents));

        Assert.All(reads, r => Assert.Equal(1, r));
        Assert.Equal(reads.Length, index.Corpus.Documents.Count);
        Assert.Equal(SearchIndexRenderer.Excerpt(body), index.Corpus.Documents[^1].Body);
        Assert.Equal(reads.Length, VarChars.Decode(index.Terms.Single(t => t.Term == "strike").Postings).Count / 2);
    }

    private sealed class CountingList(int[] reads, Func<int, SearchDocument> make) : IReadOnlyList<SearchDocument>
    {
        public int Count => reads.Length;

        public SearchDocument this[int index]
        {
            get
            {
                Interlocked.Increment(ref reads[index]);
                return make(index);
            }
        }

        public IEnumerator<SearchDocument> GetEnumerator() => Enumerable.Range(0, Count).Select(i => this[i]).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
