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
        var key = first.Key(node);
        var kept = first.Kept([node]);

        // The same body, as a later build holds it: by its hash, its text left in the file, which must not be read.
        var unread = new MarkdownText(BodyDigest.Of(Body, 5), node.Article.DisplayPath, () => throw new InvalidOperationException("the body was read"));
        var (later, laterConverter) = Placed(node.Article with { Body = unread });

        Assert.Equal(key, new SummaryCache(laterConverter, kept).Key(later));
        Assert.Equal(kept, new SummaryCache(laterConverter, kept).Kept([later]));
    }

    [Fact]
    public void A_body_edited_after_its_first_paragraph_keeps_its_key_and_one_edited_in_it_does_not()
    {
        var (node, converter) = Placed(Models.Article("dockers", "1889-08-14", body: Body));
        var (after, _) = Placed(Models.Article("dockers", "1889-08-14", body: Body + "\nA line added at the end.\n"));
        var (summaryEdited, _) = Placed(Models.Article("dockers", "1889-08-14", body: Body.Replace("Monday", "Tuesday", StringComparison.Ordinal)));

        var key = new SummaryCache(converter).Key(node);

        Assert.Equal(key, new SummaryCache(converter).Key(after));
        Assert.NotEqual(key, new SummaryCache(converter).Key(summaryEdited));
    }

    [Fact]
    public void Only_the_summaries_a_build_worked_out_or_was_given_are_kept()
    {
        var (node, converter) = Placed(Models.Article("dockers", "1889-08-14", body: Body));
        var cache = new SummaryCache(converter);
        Assert.Empty(cache.Kept([node]));

        cache.Key(node);

        Assert.Equal([node.Article.Body.Hash], cache.Kept([node]).Keys);
    }

    [Fact]
    public void A_summary_from_the_front_matter_is_its_own_key_and_is_not_kept()
    {
        var (node, converter) = Placed(Models.Article("dockers", "1889-08-14", body: Body) with { Summary = "A strike for the docker's tanner." });
        var cache = new SummaryCache(converter);

        Assert.Equal("s:A strike for the docker's tanner.", cache.Key(node));
        Assert.Empty(cache.Kept([node]));
    }
}
