using Broadsheet.Diagnostics;
using Broadsheet.Graph;
using Broadsheet.Model;
using Broadsheet.Tests.TestSupport;
using Xunit;

namespace Broadsheet.Tests.Graph;

/// <summary>Editor-picked related links, and the related articles worked out from topics that follow them.</summary>
public sealed partial class SiteGraphBuilderTests
{
    private static readonly SourceLocation Anywhere = new("site-content/x.md", 1, 1);

    [Fact]
    public void Picked_links_come_in_the_editors_order_and_the_related_articles_skip_the_picked_ones()
    {
        var picker = Models.Article("picker", "2014-10-29", topics: [Strikes]) with
        {
            Related =
            [
                new RelatedLink("articles/2014/11/far.md", null, null, Anywhere),
                new RelatedLink(null, "A reading list", "https://example.org/list", Anywhere),
                new RelatedLink("articles/2014/10/near.md", null, null, Anywhere),
                new RelatedLink("articles/2014/10/a-draft.md", null, null, Anywhere),
            ],
        };
        var graph = Build(Models.Archive(
            [
                picker,
                Models.Article("near", "2014-10-30", topics: [Strikes], title: "Near"),
                Models.Article("far", "2014-11-29", topics: [Strikes], title: "Far"),
                Models.Article("other", "2014-11-01", topics: [Strikes], title: "Other"),
            ],
            topics: [Strikes]));

        var node = graph.ArticlesBySourcePath["articles/2014/10/picker.md"];
        Assert.Equal(["Far", "A reading list", "Near"], node.Picked.Select(p => p.Title));
        Assert.Equal([null, "https://example.org/list", null], node.Picked.Select(p => p.Url));
        Assert.Equal(["Other"], node.Related.Select(r => r.Article.Title));
        Assert.Equal(["Far", "Other", "picker"], graph.ArticlesBySourcePath["articles/2014/10/near.md"].Related.Select(r => r.Article.Title).Order(StringComparer.Ordinal));
    }
}
