using Broadsheet.Diagnostics;
using Broadsheet.Graph;
using Broadsheet.Load;
using Broadsheet.Model;
using Broadsheet.Render;
using Broadsheet.Render.Markdown;
using Broadsheet.Tests.TestSupport;
using Xunit;

namespace Broadsheet.Tests.Render;

public sealed class SummaryCacheTests
{
    private const string Body = "The dockers walked out on a Monday.\n\nThey stayed out for a year.\n";

    private readonly DiagnosticBag _bag = new();

    private (ArticleNode Node, MarkdownConverter Converter) Placed(Article article)
    {
        var graph = new SiteGraphBuilder(_bag).Build(Models.Archive([article]));
        return (graph.ArticlesNewestFirst[0], new MarkdownConverter(new GraphLinkTargets(graph), _bag));
    }

    [Fact]
    public void The_last_builds_summary_hash_stands_for_an_unchanged_body_which_is_not_read_again()
    {
        var (node, converter) = Placed(Models.Article("dockers", "1889-08-14", body: Body));
        var first = new SummaryCache(converter);
        first.Of(node);
        var key = first.Key(node);
        var kept = first.Kept([node]);

        // The same body, as a later build holds it: by its hash, its text left in the file, which must not be read.
        var (later, laterConverter) = Placed(node.Article with { Body = Unread(node.Article) });

        Assert.StartsWith("d:", key, StringComparison.Ordinal);
        Assert.Equal(key, new SummaryCache(laterConverter, kept).Key(later));
        Assert.Equal(kept, new SummaryCache(laterConverter, kept).Kept([later]));
    }

    [Fact]
    public void A_summary_not_found_yet_is_keyed_by_its_body_which_is_not_parsed_for_it()
    {
        var (node, converter) = Placed(Models.Article("dockers", "1889-08-14", body: Body));
        var (unread, _) = Placed(node.Article with { Body = Unread(node.Article) });

        var cache = new SummaryCache(converter);

        Assert.Equal("b:" + node.Article.Body.Hash, cache.Key(unread));
        Assert.Empty(cache.Kept([unread]));
    }

    [Fact]
    public void A_body_edited_after_its_first_paragraph_keeps_its_key_and_one_edited_in_it_does_not()
    {
        var (node, converter) = Placed(Models.Article("dockers", "1889-08-14", body: Body));
        var (after, _) = Placed(Models.Article("dockers", "1889-08-14", body: Body + "\nA line added at the end.\n"));
        var (summaryEdited, _) = Placed(Models.Article("dockers", "1889-08-14", body: Body.Replace("Monday", "Tuesday", StringComparison.Ordinal)));

        Assert.Equal(KeyOnceFound(converter, node), KeyOnceFound(converter, after));
        Assert.NotEqual(KeyOnceFound(converter, node), KeyOnceFound(converter, summaryEdited));
    }

    [Fact]
    public void After_a_build_a_body_changed_since_is_parsed_for_its_summary_so_that_an_unchanged_summary_keeps_its_key()
    {
        var (node, converter) = Placed(Models.Article("dockers", "1889-08-14", body: Body));
        var first = new SummaryCache(converter);
        first.Of(node);
        var kept = first.Kept([node]);
        var (after, _) = Placed(Models.Article("dockers", "1889-08-14", body: Body + "\nA line added at the end.\n"));

        Assert.Equal(first.Key(node), new SummaryCache(converter, kept).Key(after));
    }

    [Fact]
    public void Only_the_summaries_a_build_found_or_was_given_are_kept()
    {
        var (node, converter) = Placed(Models.Article("dockers", "1889-08-14", body: Body));
        var cache = new SummaryCache(converter);
        Assert.Empty(cache.Kept([node]));

        cache.Of(node);

        Assert.Equal([node.Article.Body.Hash], cache.Kept([node]).Keys);
    }

    private static string KeyOnceFound(MarkdownConverter converter, ArticleNode node)
    {
        var cache = new SummaryCache(converter);
        cache.Of(node);
        return cache.Key(node);
    }

    private static MarkdownText Unread(Article article) =>
        new(BodyDigest.Of(Body, 5), article.DisplayPath, article.SourcePath, () => throw new InvalidOperationException("the body was read"));

    [Fact]
    public void A_summary_from_the_front_matter_is_its_own_key_and_is_not_kept()
    {
        var (node, converter) = Placed(Models.Article("dockers", "1889-08-14", body: Body) with { Summary = "A strike for the docker's tanner." });
        var cache = new SummaryCache(converter);

        Assert.Equal("s:A strike for the docker's tanner.", cache.Key(node));
        Assert.Empty(cache.Kept([node]));
    }
}
