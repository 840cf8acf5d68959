using Broadsheet.Search;

namespace Broadsheet.Tests.Search;

public sealed class SearchIndexRendererTests
{
    private static List<Broadsheet.Render.RenderedFile> Render(int count, string title = "Nine days")
    {
        var documents = Enumerable.Range(0, count)
            .Select(i => new SearchDocument($"articles/{i}.html", title, null, "Ada Price", "1 May 1926", 1926, 0, [1], [0], ["Ada Price"], "The general strike began."))
            .ToList();
        var corpus = new SearchCorpus(true, [new("news", "News")], [new("a", "A"), new("b", "B")], [new("ada-price", "Ada Price")], documents);
        return new SearchIndexRenderer(new SearchIndexBuilder().Build(corpus)).Render().ToList();
    }

    [Fact]
    public void A_small_archive_gets_an_index_one_term_shard_its_positions_and_one_file_of_results()
    {
        var files = Render(3);

        Assert.Equal(["search/d-0.js", "search/index.js", "search/p-_.js", "search/t-_.js"], files.Select(f => f.OutputPath).Order(StringComparer.Ordinal));
        var manifest = files.Single(f => f.OutputPath == "search/index.js").Text;
        Assert.StartsWith("BroadsheetSearch.load(\"index\",{\"version\":1,\"stem\":true,\"positions\":true,\"count\":3,\"chunk\":50,\"minYear\":1926,", manifest, StringComparison.Ordinal);
        Assert.Contains("\"topics\":[[\"a\",\"A\"],[\"b\",\"B\"]],", manifest, StringComparison.Ordinal);
        Assert.All(files, f => Assert.EndsWith(");\n", f.Text, StringComparison.Ordinal));
        Assert.Contains("\"titles\":[\"Nine days\",\"Nine days\",\"Nine days\"],\n\"paths\":[\"0\",\"1\",\"2\"]", manifest, StringComparison.Ordinal);
    }

    [Fact]
    public void Results_are_written_fifty_articles_a_file()
    {
        var files = Render(101);

        Assert.Equal(3, files.Count(f => f.OutputPath.StartsWith("search/d-", StringComparison.Ordinal)));
        Assert.Equal(50, files.Single(f => f.OutputPath == "search/d-1.js").Text.Split("\n[").Length - 1);
    }

    [Fact]
    public void A_large_archive_leaves_out_word_positions_to_keep_its_index_small()
    {
        var files = Render(SearchIndexBuilder.PositionsLimit + 1);

        Assert.DoesNotContain(files, f => f.OutputPath.StartsWith("search/p-", StringComparison.Ordinal));
        Assert.Contains("\"positions\":false,", files.Single(f => f.OutputPath == "search/index.js").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_that_closes_a_script_or_breaks_a_line_cannot_break_the_index()
    {
        var chunk = Render(1, "</script><script>alert(1)</script>\u2028").Single(f => f.OutputPath == "search/index.js").Text;

        Assert.DoesNotContain("</script>", chunk, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\u2028", chunk, StringComparison.Ordinal);
        Assert.Contains("\\u003c/script>\\u003cscript>alert(1)\\u003c/script>\\u2028", chunk, StringComparison.Ordinal);
    }
}
