using Broadsheet.Model;

namespace Broadsheet.Graph;

/// <summary>Issues: their contents by section, and the reading order that prev/next follow.</summary>
public sealed partial class SiteGraphBuilder
{
    private static List<IssueNode> BuildIssues(ArchiveModel model, List<ArticleNode> articles)
    {
        var byIssue = articles
            .Where(a => a.Article.Issue is not null)
            .ToLookup(a => a.Article.Issue!.Id, StringComparer.Ordinal);
        var issues = new List<IssueNode>();
        foreach (var issue in model.Issues.OrderByDescending(i => i.Date.DayNumber).ThenByDescending(i => i.Id, StringComparer.Ordinal))
        {
            var sections = model.Site.Sections
                .Select(s => new SectionGroup(s, byIssue[issue.Id]
                    .Where(a => a.Article.Section == s)
                    .OrderBy(a => a.Article, Comparer<Article>.Create(ArticleOrder.InPrint))
                    .ToList()))
                .Where(g => g.Articles.Count > 0)
                .ToList();
            var node = new IssueNode(issue, OutputPath.Of(issue), sections);
            issues.Add(node);
            var contents = sections.SelectMany(s => s.Articles).ToList();
            contents.ForEach(a => a.Issue = node);
            LinkInReadingOrder(contents);
            foreach (var section in sections)
            {
                foreach (var article in section.Articles)
                {
                    article.AlsoInSection = section.Articles.Where(a => a != article).ToArray();
                }
            }
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
}
