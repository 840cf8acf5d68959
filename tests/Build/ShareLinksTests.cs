using Broadsheet.Build;

namespace Broadsheet.Tests.Build;

/// <summary>Share links need the page's absolute address: from site.yml's base_url or from --base-url, never without one.</summary>
public sealed class ShareLinksTests
{
    private const string Share = "share: [bluesky, email]\n";

    [Fact]
    public void Without_a_base_url_an_article_has_no_address_to_copy_nor_share_links_and_one_warning_names_the_share_line()
    {
        using var archive = new SmallArchive(Share);
        archive.Article("strike", "Out.\n");

        var result = archive.Build();

        var html = archive.Read("articles/2024/03/strike.html");
        Assert.DoesNotContain("page-link", html, StringComparison.Ordinal);
        Assert.DoesNotContain("bsky.app", html, StringComparison.Ordinal);
        var warning = Assert.Single(result.Warnings);
        Assert.EndsWith("site.yml:7:8: warning: share links need the site's address, so they are left out; set base_url in site.yml or pass --base-url", warning.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void With_base_url_given_on_the_command_line_the_links_carry_that_address_in_the_order_site_yml_lists_them()
    {
        using var archive = new SmallArchive(Share);
        archive.Article("strike", "Out.\n");

        var result = archive.Build(new BuildOptions(BaseUrl: "https://example.org/paper/"));

        var html = archive.Read("articles/2024/03/strike.html");
        Assert.Empty(result.Warnings);
        Assert.Contains("value=\"https://example.org/paper/articles/2024/03/strike.html\" readonly", html, StringComparison.Ordinal);
        var bluesky = html.IndexOf("https://bsky.app/intent/compose?text=strike%20%E2%80%94%20Small%20Archive%20https%3A%2F%2Fexample.org%2Fpaper%2Farticles%2F2024%2F03%2Fstrike.html", StringComparison.Ordinal);
        var email = html.IndexOf("mailto:?subject=strike%20%E2%80%94%20Small%20Archive&amp;body=https%3A%2F%2Fexample.org%2Fpaper%2Farticles%2F2024%2F03%2Fstrike.html", StringComparison.Ordinal);
        Assert.True(bluesky > 0 && email > bluesky, "the Bluesky link, then the email link");
    }
}
