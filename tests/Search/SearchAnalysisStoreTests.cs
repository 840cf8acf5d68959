using Broadsheet.Cache;
using Broadsheet.Common;
using Broadsheet.Search;

namespace Broadsheet.Tests.Search;

/// <summary>
/// The store of analyses is added to, build after build, and written afresh when what is no longer used outweighs the
/// rest; a failed build, or a store that is not its table's, never leaves anything wrong to be trusted.
/// </summary>
public sealed class SearchAnalysisStoreTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private SearchCacheFiles Files => SearchCacheFiles.In(_temp.Path);

    private static SearchDocument Document(int id, string body) =>
        new($"articles/{id}.html", $"Report {id}", null, "", "1 May 1926", 1926, -1, [], [], ["Labour"], () => body, new Fingerprint().Add(body).Hex());

    private static List<SearchDocument> Archive(int count) =>
        Enumerable.Range(0, count).Select(i => Document(i, $"The miners of pit {i} walked out; the strike spread to {i % 7} towns.")).ToList();

    /// <summary>One build with the store; <paramref name="succeed"/> false fails it after the search stage, before anything is kept.</summary>
    private (SearchIndex Index, bool Patched, bool Appended) Build(List<SearchDocument> documents, bool succeed = true)
    {
        var builder = new SearchIndexBuilder();
        SearchIndex built;
        bool appended;
        using (var store = new SearchAnalysisStore(Files, "generator"))
        {
            appended = store.Appending;
            built = builder.Build(new SearchCorpus(true, [], [], [], documents), store);
        }

        if (succeed)
        {
            Files.Keep();
        }
        else
        {
            Files.Discard();
        }

        return (built, builder.Patched, appended);
    }

    private static List<string> Rendered(SearchIndex index) =>
        new SearchIndexRenderer(index).Render().Select(f => f.OutputPath + "\n" + f.Text).ToList();

    private static List<string> FromScratch(List<SearchDocument> documents) =>
        Rendered(new SearchIndexBuilder().Build(new SearchCorpus(true, [], [], [], documents)));

    [Fact]
    public void An_edit_adds_only_the_changed_entry_to_the_store_where_it_is()
    {
        var documents = Archive(40);
        Assert.False(Build(documents).Appended);
        var size = new FileInfo(Files.Store).Length;

        documents[7] = Document(7, "Pit 7 went back after nine days.");
        var (index, patched, appended) = Build(documents);

        Assert.True(appended);
        Assert.True(patched);
        Assert.InRange(new FileInfo(Files.Store).Length - size, 1, size / 20);
        Assert.False(File.Exists(SearchCacheFiles.Next(Files.Store)));
        Assert.Equal(FromScratch(documents), Rendered(index));
    }

    [Fact]
    public void Once_old_entries_outweigh_the_ones_in_use_the_store_is_written_afresh_with_only_those()
    {
        var documents = Archive(20);
        Build(documents);
        var size = new FileInfo(Files.Store).Length;
        var rewritten = false;
        for (var edit = 0; edit < 200; edit++)
        {
            documents[edit % 3] = Document(edit % 3, $"Edit {edit}: " + string.Concat(Enumerable.Repeat($"word{edit} ", 200)));
            var (index, _, appended) = Build(documents);
            rewritten |= !appended;
            Assert.Equal(FromScratch(documents), Rendered(index));
        }

        Assert.True(rewritten);

        // Three articles of twenty are several times their old size; without compaction the store would be a hundred times it.
        Assert.InRange(new FileInfo(Files.Store).Length, size, size * 40);
    }

    [Fact]
    public void A_failed_build_leaves_the_last_store_as_it_was_for_the_next_build()
    {
        var documents = Archive(30);
        Build(documents);
        var size = new FileInfo(Files.Store).Length;

        documents[4] = Document(4, "A lockout at pit 4.");
        Build(documents, succeed: false);
        Assert.True(new FileInfo(Files.Store).Length > size);

        var (index, patched, appended) = Build(documents);

        Assert.True(appended);
        Assert.True(patched);
        Assert.Equal(FromScratch(documents), Rendered(index));
    }

    [Fact]
    public void A_store_that_is_not_the_one_its_table_was_written_for_is_not_trusted()
    {
        var documents = Archive(10);
        Build(documents);
        var table = File.ReadAllBytes(Files.Table);
        File.Delete(Files.Table);
        Assert.False(Build(documents.Select((d, i) => Document(i, $"Another archive altogether, article {i}.")).ToList()).Appended);

        // The table of the first store beside the second, as a build stopped between the two moves might leave them.
        File.WriteAllBytes(Files.Table, table);
        var (index, patched, appended) = Build(documents);

        Assert.False(appended);
        Assert.False(patched);
        Assert.Equal(FromScratch(documents), Rendered(index));
    }
}
