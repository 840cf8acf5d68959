using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using Broadsheet.Build;

namespace Broadsheet.Tests.Feeds;

/// <summary>The deployed sample: Atom feeds that feed readers can load, and a sitemap of every page.</summary>
public sealed class FeedAndSitemapTests(FeedAndSitemapTests.DeployedSite site) : IClassFixture<FeedAndSitemapTests.DeployedSite>
{
    private readonly string _output = site.Output;

    [Fact]
    public void The_site_feed_is_Atom_with_the_latest_50_articles_newest_first_and_absolute_links()
    {
        using var reader = XmlReader.Create(Path.Combine(_output, "feed.xml"));
        var feed = SyndicationFeed.Load(reader);

        var items = feed.Items.ToList();
        Assert.InRange(items.Count, 40, 50);
        Assert.All(items, i => Assert.StartsWith("https://example.org/archive/articles/", i.Links[0].Uri.AbsoluteUri, StringComparison.Ordinal));
        Assert.Equal(items.OrderByDescending(i => i.LastUpdatedTime).Select(i => i.Id), items.Select(i => i.Id));
        Assert.Equal(items[0].LastUpdatedTime, feed.LastUpdatedTime);
        Assert.All(items, i => Assert.False(string.IsNullOrWhiteSpace(((TextSyndicationContent)i.Summary).Text)));
    }

    [Fact]
    public void An_article_with_audio_has_an_Atom_enclosure_with_the_files_type_and_real_length()
    {
        var source = Path.Combine(RepoPaths.Tests, "Golden", "audio-editions", "site-content");
        using var temp = new TempFolder();
        var output = temp.Combine("audio");
        new SiteBuild(new BuildOptions(Source: source, Output: output)).Run();
        using var reader = XmlReader.Create(Path.Combine(output, "feed.xml"));
        var items = SyndicationFeed.Load(reader).Items.ToDictionary(i => i.Title.Text);

        var enclosure = Assert.Single(items["Barricades on Cable Street"].Links, l => l.RelationshipType == "enclosure");
        Assert.Equal("https://archive.example.org/spoken/audio/barricades.mp3", enclosure.Uri.AbsoluteUri);
        Assert.Equal("audio/mpeg", enclosure.MediaType);
        Assert.Equal(new FileInfo(Path.Combine(source, "static", "audio", "barricades.mp3")).Length, enclosure.Length);
        Assert.DoesNotContain(items["A quiet morning after"].Links, l => l.RelationshipType == "enclosure");
    }

    [Fact]
    public void Each_topic_has_a_feed_linked_from_its_page()
    {
        var topicPage = File.ReadAllText(Path.Combine(_output, "topics", "miners.html"));
        using var reader = XmlReader.Create(Path.Combine(_output, "topics", "miners.xml"));
        var feed = SyndicationFeed.Load(reader);

        Assert.Contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Miners — The Weekly Broadsheet\" href=\"miners.xml\">", topicPage, StringComparison.Ordinal);
        Assert.NotEmpty(feed.Items);
        Assert.All(feed.Items, i => Assert.Contains(i.Categories, c => c.Name == "Miners"));
    }

    [Fact]
    public void The_sitemap_lists_every_page_but_redirects_and_404_at_absolute_addresses()
    {
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locations = XDocument.Load(Path.Combine(_output, "sitemap.xml")).Descendants(ns + "loc").Select(l => l.Value).ToList();
        var pages = FolderComparer.Files(_output)
            .Where(f => f.EndsWith(".html", StringComparison.Ordinal))
            .Where(f => f != "404.html" && !File.ReadAllText(Path.Combine(_output, f)).Contains("http-equiv=\"refresh\"", StringComparison.Ordinal))
            .ToList();

        Assert.Equal(pages.Count, locations.Count);
        Assert.All(locations, l => Assert.StartsWith("https://example.org/archive/", l, StringComparison.Ordinal));
        Assert.Contains("https://example.org/archive/", locations);
        Assert.Contains("https://example.org/archive/articles/2024/03/tolpuddle-martyrs.html", locations);
        Assert.Equal("User-agent: *\nAllow: /\n\nSitemap: https://example.org/archive/sitemap.xml\n", File.ReadAllText(Path.Combine(_output, "robots.txt")));
    }

    /// <summary>One build of the sample at its address, which the tests only read.</summary>
    public sealed class DeployedSite : IDisposable
    {
        private readonly TempFolder _temp = new();

        public DeployedSite() => new SiteBuild(new BuildOptions(Source: RepoPaths.SampleContent, Output: Output, BaseUrl: "https://example.org/archive")).Run();

        public string Output => _temp.Combine("site");

        public void Dispose() => _temp.Dispose();
    }
}
