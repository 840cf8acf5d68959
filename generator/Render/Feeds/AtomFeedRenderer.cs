using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Broadsheet.Graph;

namespace Broadsheet.Render.Feeds;

/// <summary>Atom feeds of the latest articles — of the whole site and of each topic — written with System.ServiceModel.Syndication.</summary>
public sealed class AtomFeedRenderer(SiteGraph graph, SummaryCache summaries, string baseUrl)
{
    public const int EntryCount = 50;
    public const string SiteFeed = "feed.xml";

    private readonly Dictionary<string, string> _staticFiles = graph.StaticFiles.ToDictionary(f => f.SitePath, f => f.FullPath, StringComparer.Ordinal);

    public static string TopicFeed(TopicNode topic) => $"topics/{topic.Topic.Id}.xml";

    public IEnumerable<RenderedFile> Render()
    {
        yield return Feed(SiteFeed, graph.Site.Title, OutputPath.Home, graph.ArticlesNewestFirst);
        foreach (var topic in graph.Topics)
        {
            yield return Feed(TopicFeed(topic), $"{topic.Topic.Title} \u2014 {graph.Site.Title}", topic.OutputPath, topic.Articles);
        }
    }

    private RenderedFile Feed(string path, string title, string pagePath, IReadOnlyList<ArticleNode> newestFirst)
    {
        var latest = newestFirst.Take(EntryCount).ToList();
        // The feed changes when its newest article does, never with the time of the build.
        var updated = latest.Count > 0 ? Timestamp(latest[0].Article.Date) : new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var feed = new SyndicationFeed(title, null, new Uri(AbsoluteUrl.Of(baseUrl, pagePath)))
        {
            Id = AbsoluteUrl.Of(baseUrl, path),
            LastUpdatedTime = updated,
            Language = graph.Site.Language,
            Items = latest.Select(Entry).ToList(),
        };
        feed.Links.Add(new SyndicationLink(new Uri(AbsoluteUrl.Of(baseUrl, path)), "self", title, "application/atom+xml", 0));

        var builder = new StringBuilder();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using (var writer = XmlWriter.Create(builder, settings))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }

        // XmlWriter writing to a StringBuilder declares utf-16; the file is written as UTF-8.
        return new RenderedFile(path, builder.Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"").Append('\n'));
    }

    private SyndicationItem Entry(ArticleNode node)
    {
        var article = node.Article;
        var url = AbsoluteUrl.Of(baseUrl, node.OutputPath);
        var item = new SyndicationItem
        {
            Id = url,
            Title = new TextSyndicationContent(article.Title),
            Summary = new TextSyndicationContent(summaries.Of(node)),
            LastUpdatedTime = Timestamp(article.Date),
            PublishDate = Timestamp(article.Date),
        };
        item.Links.Add(SyndicationLink.CreateAlternateLink(new Uri(url), "text/html"));
        if (article.Audio is { } audio)
        {
            // A podcast reader needs the file's length to download it; the file is the one the build publishes.
            var length = new FileInfo(_staticFiles[audio.Path]).Length;
            item.Links.Add(new SyndicationLink(new Uri(AbsoluteUrl.Of(baseUrl, audio.Path)), "enclosure", null, audio.MediaType, length));
        }

        foreach (var author in article.Authors)
        {
            item.Authors.Add(new SyndicationPerson { Name = author.Name, Uri = AbsoluteUrl.Of(baseUrl, OutputPath.Of(author)) });
        }

        foreach (var topic in article.Topics)
        {
            item.Categories.Add(new SyndicationCategory(topic.Title));
        }

        return item;
    }

    private static DateTimeOffset Timestamp(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
