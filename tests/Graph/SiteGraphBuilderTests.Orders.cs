using Broadsheet.Graph;
using Broadsheet.Model;
using Broadsheet.Tests.TestSupport;
using Xunit;

namespace Broadsheet.Tests.Graph;

/// <summary>The A–Z listing's order, and the orders a build of a model of the same shape takes from the last.</summary>
public sealed partial class SiteGraphBuilderTests
{
    private static readonly Topic Strikes = Models.Topic("strikes");

    private static ArchiveModel Titled() => Models.Archive(
        [
            Models.Article("jarrow", "2014-10-29", topics: [Strikes], title: "The Jarrow Crusade"),
            Models.Article("suez", "2014-11-05", title: "an Eye on Suez"),
            Models.Article("eire", "2014-11-12", title: "Éire and the Emergency"),
            Models.Article("eagles", "2014-11-19", topics: [Strikes], title: "eagles over Kent"),
            Models.Article("general-strike", "2014-11-26", topics: [Strikes], title: "1926: the General Strike"),
            Models.Article("jarrow-again", "2014-12-03", topics: [Strikes], title: "Jarrow remembered"),
        ],
        topics: [Strikes]);

    [Fact]
    public void The_a_to_z_groups_titles_by_initial_each_in_title_order()
    {
        var graph = Build(Titled());

        Assert.Equal(
            ["0–9: 1926: the General Strike", "E: eagles over Kent, Éire and the Emergency, an Eye on Suez", "J: The Jarrow Crusade, Jarrow remembered"],
            graph.Letters.Select(l => $"{l.Title}: {string.Join(", ", l.Articles.Select(a => a.Article.Title))}"));
    }

    [Fact]
    public void Built_with_the_orders_of_a_graph_of_the_same_shape_it_has_that_graphs_related_articles_and_a_to_z()
    {
        var first = Build(Titled());

        var second = new SiteGraphBuilder(_bag, first.Orders()).Build(Titled());

        Assert.Equal(Describe(first), Describe(second));
        Assert.Contains(first.ArticlesNewestFirst, a => a.Related.Count > 0);
    }

    [Fact]
    public void Orders_that_do_not_fit_the_articles_are_not_taken()
    {
        var fresh = Build(Titled());
        var orders = fresh.Orders();
        GraphOrders[] unfit =
        [
            orders with { ByTitle = [.. orders.ByTitle.Skip(1), orders.ByTitle[1]] },
            orders with { ByTitle = orders.ByTitle.Skip(1).ToList() },
            orders with { Related = [.. orders.Related.Skip(1), [99]] },
        ];

        foreach (var bad in unfit)
        {
            Assert.False(bad.Fit(fresh.ArticlesNewestFirst.Count));
            Assert.Equal(Describe(fresh), Describe(new SiteGraphBuilder(_bag, bad).Build(Titled())));
        }
    }

    private static List<string> Describe(SiteGraph graph) =>
        graph.ArticlesNewestFirst.Select(a => $"{a.OutputPath} -> {string.Join(" ", a.Related.Select(r => r.OutputPath))}")
            .Concat(graph.Letters.Select(l => $"{l.Key}: {string.Join(" ", l.Articles.Select(a => a.OutputPath))}"))
            .ToList();
}
