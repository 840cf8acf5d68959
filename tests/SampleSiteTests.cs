using AngleSharp.Html.Parser;
using Broadsheet.Build;
using Broadsheet.Common;
using Broadsheet.Graph;

namespace Broadsheet.Tests;

/// <summary>The sample archive in <c>site-content/</c>: it builds, rebuilds byte for byte, and every page is reachable by clicking.</summary>
public sealed class SampleSiteTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    [Fact]
    public void Two_builds_of_the_sample_in_different_folders_are_byte_identical()
    {
        using var second = new TempFolder();
        new SiteBuild(new BuildOptions(Source: RepoPaths.SampleContent, Output: second.Combine("elsewhere", "site"))).Run();

        Assert.Null(FolderComparer.FirstDifference(site.Output, second.Combine("elsewhere", "site")));
        Assert.True(FolderComparer.Files(site.Output).Count > 60);
    }

    [Fact]
    public void Every_page_has_exactly_one_h1_the_home_page_s_being_the_masthead()
    {
        var output = site.Output;

        var pages = FolderComparer.Files(output).Where(f => f.EndsWith(".html", StringComparison.Ordinal))
            .Where(f => !File.ReadAllText(Path.Combine(output, f)).Contains("http-equiv=\"refresh\"", StringComparison.Ordinal));
        foreach (var page in pages)
        {
            var html = File.ReadAllText(Path.Combine(output, page));
            Assert.True(System.Text.RegularExpressions.Regex.Count(html, "<h1[ >]") == 1, $"{page} has {System.Text.RegularExpressions.Regex.Count(html, "<h1[ >]")} h1 elements");
        }

        Assert.Contains("<h1 class=\"site-title\">", File.ReadAllText(Path.Combine(output, "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_reader_reaches_every_issue_article_and_topic_by_clicking_from_the_home_page()
    {
        var output = site.Output;

        var reached = Crawl(output, "index.html");

        // Redirect pages answer old addresses and 404.html answers missing ones: neither is reached by clicking.
        var pages = FolderComparer.Files(output)
            .Where(f => f.EndsWith(".html", StringComparison.Ordinal) && f != "404.html")
            .Where(f => !File.ReadAllText(Path.Combine(output, f)).Contains("http-equiv=\"refresh\"", StringComparison.Ordinal))
            .ToList();
        Assert.Contains(pages, p => p.StartsWith("issues/2", StringComparison.Ordinal));
        Assert.Contains(pages, p => p.StartsWith("articles/", StringComparison.Ordinal));
        Assert.Contains(pages, p => p.StartsWith("topics/", StringComparison.Ordinal));
        Assert.Empty(pages.Except(reached).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Drafts_are_left_out_unless_asked_for()
    {
        using var temp = new TempFolder();
        const string draft = "articles/2025/05/cable-street-oral-history.html";
        new SiteBuild(new BuildOptions(Source: RepoPaths.SampleContent, Output: temp.Combine("drafts"), Drafts: true)).Run();

        Assert.False(File.Exists(Path.Combine(site.Output, draft)));
        Assert.True(File.Exists(temp.Combine("drafts", draft)));
    }

    /// <summary>Follows every relative link from <paramref name="start"/>, as a reader clicking through the site from disk would.</summary>
    private static HashSet<string> Crawl(string root, string start)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { start };
        var queue = new Queue<string>([start]);
        var parser = new HtmlParser();
        while (queue.TryDequeue(out var page))
        {
            var document = parser.ParseDocument(File.ReadAllText(Path.Combine(root, page)));
            // The search page is reached by the search form in every page's header.
            foreach (var anchor in document.QuerySelectorAll("a[href], form[action]"))
            {
                var href = (anchor.GetAttribute("href") ?? anchor.GetAttribute("action")!).Split('#')[0];
                if (href.Length == 0 || href.Contains(':', StringComparison.Ordinal))
                {
                    continue;
                }

                var target = SitePaths.Resolve(page, Uri.UnescapeDataString(href));
                Assert.NotNull(target);
                Assert.True(File.Exists(Path.Combine(root, target)), $"{page} links to {href}, which does not exist");
                if (target.EndsWith(".html", StringComparison.Ordinal) && seen.Add(target))
                {
                    queue.Enqueue(target);
                }
            }
        }

        return seen;
    }
}
