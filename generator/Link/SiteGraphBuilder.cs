using Broadsheet.Diagnostics;
using Broadsheet.Model;

namespace Broadsheet.Link;

/// <summary>The Link stage: places every article, issue and topic at an output path and links them together.</summary>
public sealed class SiteGraphBuilder(DiagnosticBag diagnostics)
{
    public SiteGraph Build(ArchiveModel model)
    {
        var articles = PlaceArticles(model.Articles);
        var issues = BuildIssues(model, articles);
        var topics = model.Topics
            .OrderBy(t => t.Title, StringComparer.OrdinalIgnoreCase)
            .ThenBy(t => t.Id, StringComparer.Ordinal)
            .Select(t => new TopicNode(t, OutputPath.Of(t), articles.Where(a => a.Article.Topics.Contains(t)).ToList()))
            .ToList();

        var pages = new List<Page>
        {
            new HomePage(OutputPath.Home),
            new IssuesIndexPage(OutputPath.IssuesIndex),
            new TopicsIndexPage(OutputPath.TopicsIndex),
        };
        pages.AddRange(issues.Select(i => new IssuePage(i.OutputPath, i)));
        pages.AddRange(topics.Select(t => new TopicPage(t.OutputPath, t)));
        pages.AddRange(articles.Select(a => new ArticlePage(a.OutputPath, a)));
        CheckStaticFilesAgainstPages(model, pages);

        return new SiteGraph(
            model.Site,
            articles,
            issues,
            topics,
            articles.ToDictionary(a => a.Article.SourcePath, StringComparer.Ordinal),
            pages,
            model.StaticFiles);
    }

    /// <summary>Gives each article its page, newest first; two articles may not claim the same page.</summary>
    private List<ArticleNode> PlaceArticles(IReadOnlyList<Article> articles)
    {
        var placed = new List<ArticleNode>();
        var byPath = new Dictionary<string, Article>(StringComparer.OrdinalIgnoreCase);
        foreach (var article in articles.OrderBy(a => a.SourcePath, StringComparer.Ordinal))
        {
            var path = OutputPath.Of(article);
            if (byPath.TryGetValue(path, out var first))
            {
                diagnostics.Error(
                    SourceLocation.File(article.DisplayPath),
                    $"this article and {first.DisplayPath} would both be written to {path}; give one of them a different 'slug'");
                continue;
            }

            byPath[path] = article;
            placed.Add(new ArticleNode(article, path));
        }

        placed.Sort((a, b) => ArticleOrder.NewestFirst(a.Article, b.Article));
        return placed;
    }

    private static List<IssueNode> BuildIssues(ArchiveModel model, List<ArticleNode> articles)
    {
        var byIssue = articles
            .Where(a => a.Article.Issue is not null)
            .ToLookup(a => a.Article.Issue!.Id, StringComparer.Ordinal);
        var issues = new List<IssueNode>();
        foreach (var issue in model.Issues.OrderByDescending(i => i.Date).ThenByDescending(i => i.Id, StringComparer.Ordinal))
        {
            var sections = model.Site.Sections
                .Select(s => new SectionGroup(s, byIssue[issue.Id]
                    .Where(a => a.Article.Section == s)
                    .OrderBy(a => a.Article, Comparer<Article>.Create(ArticleOrder.ByTitle))
                    .ToList()))
                .Where(g => g.Articles.Count > 0)
                .ToList();
            var node = new IssueNode(issue, OutputPath.Of(issue), sections);
            issues.Add(node);
            var contents = sections.SelectMany(s => s.Articles).ToList();
            contents.ForEach(a => a.Issue = node);
            LinkInReadingOrder(contents);
        }

        for (var i = 0; i < issues.Count; i++)
        {
            issues[i].Next = i > 0 ? issues[i - 1] : null;
            issues[i].Previous = i + 1 < issues.Count ? issues[i + 1] : null;
        }

        return issues;
    }

    private static void LinkInReadingOrder(List<ArticleNode> contents)
    {
        for (var i = 0; i < contents.Count; i++)
        {
            contents[i].Previous = i > 0 ? contents[i - 1] : null;
            contents[i].Next = i + 1 < contents.Count ? contents[i + 1] : null;
        }
    }

    private void CheckStaticFilesAgainstPages(ArchiveModel model, List<Page> pages)
    {
        var pagePaths = pages.Select(p => p.OutputPath).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var file in model.StaticFiles.Where(f => pagePaths.Contains(f.SitePath)))
        {
            diagnostics.Error(
                SourceLocation.File(Load.DisplayPath.Of(file.FullPath)),
                $"this static file would overwrite the generated page {file.SitePath}; move or rename it");
        }
    }
}
