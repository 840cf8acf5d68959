using Broadsheet.Graph;
using Broadsheet.Render;
using Broadsheet.Render.Markdown;

namespace Broadsheet.Search;

/// <summary>
/// Reads the site graph into a <see cref="SearchCorpus"/>: every article, newest first, then the paper's own pages, with
/// their bodies as plain text, each made as it is read.
/// </summary>
public sealed class SearchCorpusBuilder(SiteGraph graph, MarkdownConverter converter, Render.Strings.ThemeStrings strings)
{
    private SearchThumbnail? Thumbnail(Model.Article article)
    {
        if (article.Image is not { } image || graph.Images.Find(image.Path) is not { } photograph || photograph.SitePath != image.Path)
        {
            return null;
        }

        var jpeg = photograph.Thumbnail[Model.ImageFormat.Jpeg];
        var webp = photograph.Thumbnail.GetValueOrDefault(Model.ImageFormat.Webp);
        return new SearchThumbnail(
            RelativeUrl.Between(OutputPath.Search, jpeg.OutputPath),
            webp is null ? null : RelativeUrl.Between(OutputPath.Search, webp.OutputPath),
            jpeg.Width,
            jpeg.Height,
            image.Alt);
    }

    /// <param name="renderedText">The plain text of the article at an index, when its page's conversion left it; else it is converted again.</param>
    public SearchCorpus Build(Func<int, string?>? renderedText = null)
    {
        var site = graph.Site;
        var sections = site.Sections.Select(s => new SearchFacet(s.Id, s.Title)).ToList();
        var topics = graph.Topics.Select(t => new SearchFacet(t.Topic.Id, t.Topic.Title)).ToList();
        var authors = graph.Authors.Select(a => new SearchFacet(a.Author.Id, a.Author.Name)).ToList();
        var sectionIndex = Indexes(sections);
        var topicIndex = Indexes(topics);
        var authorIndex = Indexes(authors);

        // Each document is made when the index builder asks for it and dropped once analysed: the plain text of every body is never held at once.
        var articles = graph.ArticlesNewestFirst.Count;
        var documents = new ComputedList<SearchDocument>(articles + graph.PaperPages.Count, i =>
        {
            if (i >= articles)
            {
                return PaperPage(graph.PaperPages[i - articles]);
            }

            var node = graph.ArticlesNewestFirst[i];
            var article = node.Article;
            var meta = Meta(article, node.Issue);
            return new SearchDocument(
                RelativeUrl.Between(OutputPath.Search, node.OutputPath),
                article.Title,
                article.Subtitle,
                strings.List(article.Authors.Select(a => a.Name).ToList()),
                strings.Dates.ForReaders(article.Date),
                article.Date.Year,
                article.Section is { } section ? sectionIndex[section.Id] : -1,
                article.Topics.Select(t => topicIndex[t.Id]).ToList(),
                article.Authors.Select(a => authorIndex[a.Id]).ToList(),
                meta,
                () => renderedText?.Invoke(i) ?? converter.PlainText(article.Body.Text),
                article.Body.Hash)
            {
                Thumbnail = Thumbnail(article),
            };
        });

        return new SearchCorpus(site.Language.StartsWith("en", StringComparison.OrdinalIgnoreCase), sections, topics, authors, documents);
    }

    /// <summary>
    /// A page of the paper's own: no date, section, topic or author. It counts as of the archive's latest year, so a
    /// search across every year finds it, and the year filter keeps its numbers.
    /// </summary>
    private SearchDocument PaperPage(PaperPageOutput page)
    {
        var content = page.Content;
        var year = graph.ArticlesNewestFirst.Count > 0 ? graph.ArticlesNewestFirst[0].Article.Date.Year : 0;
        return new SearchDocument(
            RelativeUrl.Between(OutputPath.Search, page.OutputPath),
            content.Title,
            content.Description,
            "",
            "",
            year,
            -1,
            [],
            [],
            [],
            () => converter.PlainText(content.Body.Text),
            content.Body.Hash);
    }

    /// <summary>The names an article is found by besides its text: its authors, topics, section and issue.</summary>
    private static List<string> Meta(Model.Article article, IssueNode? issue)
    {
        var meta = new List<string>(article.Authors.Count + article.Topics.Count + 2);
        foreach (var author in article.Authors)
        {
            meta.Add(author.Name);
        }

        foreach (var topic in article.Topics)
        {
            meta.Add(topic.Title);
        }

        if (article.Section is { } section)
        {
            meta.Add(section.Title);
        }

        if (issue is not null)
        {
            meta.Add(issue.Issue.Title);
        }

        return meta;
    }

    private static Dictionary<string, int> Indexes(List<SearchFacet> facets) =>
        facets.Select((f, i) => (f.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
}
