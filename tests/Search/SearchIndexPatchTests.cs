using Broadsheet.Cache;
using Broadsheet.Common;
using Broadsheet.Search;

namespace Broadsheet.Tests.Search;

/// <summary>
/// A build in which a few articles changed patches their postings into the last build's index; what it renders must be
/// exactly what a build from scratch renders.
/// </summary>
public sealed class SearchIndexPatchTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static SearchDocument Document(int id, string title, string body, params string[] meta) =>
        new($"articles/{id}.html", title, null, "", "1 May 1926", 1926, -1, [], [], meta, () => body, new Fingerprint().Add(body).Hex());

    private static List<SearchDocument> Archive(int count) =>
        Enumerable.Range(0, count)
            .Select(i => Document(i, $"Report {i}", $"The miners of pit {i} walked out; striking spread to {i % 7} towns." + (i == 3 ? " Pickets were marching." : ""), "Labour"))
            .ToList();

    private SearchCacheFiles Files => SearchCacheFiles.In(_temp.Path);

    /// <summary>Builds with the cache folder's store, then keeps what it wrote for the next build, as the build cache does.</summary>
    private (SearchIndex Index, bool Patched) BuildCached(List<SearchDocument> documents)
    {
        var builder = new SearchIndexBuilder();
        SearchIndex built;
        using (var analyses = new SearchAnalysisStore(Files, "generator"))
        {
            built = builder.Build(new SearchCorpus(true, [], [], [], documents), analyses);
        }

        Files.Keep();
        return (built, builder.Patched);
    }

    private static List<string> Rendered(SearchIndex index) =>
        new SearchIndexRenderer(index).Render().Select(f => f.OutputPath + "\n" + f.Text).ToList();

    private static List<string> FromScratch(List<SearchDocument> documents) =>
        Rendered(new SearchIndexBuilder().Build(new SearchCorpus(true, [], [], [], documents)));

    [Fact]
    public void A_kept_index_gives_its_postings_back_as_written_and_one_whose_postings_are_not_ascii_is_no_index()
    {
        var path = _temp.Combine("index.bin");
        SearchIndexState State(string postings) => new(true, true, ["key"], ["The miners"], [2], [new SearchTerm("miner", 1, postings, "!#")], [("miners", "miner", 1)], ["m"], ["chunk"]);

        State("!$").Write(path, "generator");
        var read = SearchIndexState.Read(path, "generator");
        Assert.Equal(new SearchTerm("miner", 1, "!$", "!#"), Assert.Single(read!.Terms));
        read.Write(path, "generator");
        Assert.Equal("!$", Assert.Single(SearchIndexState.Read(path, "generator")!.Terms).Postings);

        State("!\u00e9").Write(path, "generator");
        Assert.Null(SearchIndexState.Read(path, "generator"));
    }

    [Theory]
    [InlineData(12)]
    [InlineData(SearchIndexBuilder.PositionsLimit + 2)]
    public void Edited_bodies_and_titles_are_patched_in_and_render_as_a_build_from_scratch(int count)
    {
        var documents = Archive(count);
        Assert.False(BuildCached(documents).Patched);

        // Words and a word form only this article had go ("pickets", "marching"), new ones come, and a title changes.
        documents[3] = Document(3, "Report 3", "The dockers of wharf 3 came out in sympathy.", "Labour");
        documents[count - 1] = Document(count - 1, "The last report", "Nothing was settled.", "Labour");
        var (patched, wasPatched) = BuildCached(documents);

        Assert.True(wasPatched);
        Assert.Equal(FromScratch(documents), Rendered(patched));
        Assert.DoesNotContain(patched.Forms, f => f.Key == "marching");
        Assert.DoesNotContain(patched.Terms, t => t.Term == "picket");
        Assert.Contains(patched.Terms, t => t.Term == "wharf");
    }

    [Theory]
    [InlineData(12)]
    [InlineData(SearchIndexBuilder.PositionsLimit + 2)]
    public void A_patched_index_renders_only_the_shards_it_touched_and_with_the_last_build_s_others_is_a_build_from_scratch(int count)
    {
        var documents = Archive(count);
        var last = new SearchIndexRenderer(BuildCached(documents).Index).Render().ToDictionary(f => f.OutputPath, f => f.Text);

        // Only words other articles have: the shards are split as they were.
        documents[3] = Document(3, "Report 3", "The miners of pit 3 walked out; the strike spread to 4 towns.", "Labour");

        var kept = new List<string>();
        var rendered = new SearchIndexRenderer(BuildCached(documents).Index).Render(path =>
        {
            kept.Add(path);
            return true;
        }).ToList();

        var combined = kept.ToDictionary(p => p, p => last[p]);
        rendered.ForEach(f => combined.Add(f.OutputPath, f.Text));
        var scratch = new SearchIndexRenderer(new SearchIndexBuilder().Build(new SearchCorpus(true, [], [], [], documents))).Render();
        Assert.Equal(scratch.ToDictionary(f => f.OutputPath, f => f.Text), combined);
        // The chunk of documents that shows the edited article is rendered again; the others show what they showed.
        Assert.Contains(rendered, f => f.OutputPath == "search/d-0.js");
        if (count > 12)
        {
            // A large archive has shards that hold none of the article's words, old or new.
            Assert.Contains(kept, p => p.StartsWith("search/t-", StringComparison.Ordinal));
            Assert.Equal(
                Enumerable.Range(1, (count - 1) / SearchIndexRenderer.ChunkSize).Select(n => $"search/d-{n}.js"),
                kept.Where(p => p.StartsWith("search/d-", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void A_patched_index_is_kept_for_the_build_after_it_and_patched_again()
    {
        var documents = Archive(20);
        BuildCached(documents);
        documents[5] = Document(5, "Report 5", "Lockout at pit 5.", "Labour");
        BuildCached(documents);
        documents[5] = Document(5, "Report 5", "The lockout ended; striking miners went back.", "Labour");
        documents[6] = Document(6, "Report 6", "A quiet week.", "Labour");
        var (index, patched) = BuildCached(documents);

        Assert.True(patched);
        Assert.Equal(FromScratch(documents), Rendered(index));
    }

    [Fact]
    public void An_article_added_or_many_changed_merges_every_analysis_again_and_gives_the_same_index()
    {
        var documents = Archive(SearchIndexBuilder.PatchLimit + 10);
        BuildCached(documents);

        documents.Insert(0, Document(999, "A new report", "Fresh news of the strike."));
        var (added, addedPatched) = BuildCached(documents);
        Assert.False(addedPatched);
        Assert.Equal(FromScratch(documents), Rendered(added));

        for (var i = 0; i <= SearchIndexBuilder.PatchLimit; i++)
        {
            documents[i] = Document(i, $"Report {i}", $"Revised text {i}.");
        }

        var (many, manyPatched) = BuildCached(documents);
        Assert.False(manyPatched);
        Assert.Equal(FromScratch(documents), Rendered(many));
    }

    [Fact]
    public void An_unreadable_kept_index_is_ignored()
    {
        var documents = Archive(10);
        BuildCached(documents);
        File.WriteAllText(Files.Index, "not an index");
        documents[2] = Document(2, "Report 2", "Changed.", "Labour");

        var (index, patched) = BuildCached(documents);

        Assert.False(patched);
        Assert.Equal(FromScratch(documents), Rendered(index));
    }
}
