using System.Globalization;
using Broadsheet.Model;

namespace Broadsheet.Link;

/// <summary>Where each kind of page is written, relative to the output folder.</summary>
public static class OutputPath
{
    public const string Home = "index.html";
    public const string IssuesIndex = "issues/index.html";
    public const string TopicsIndex = "topics/index.html";

    public static string Of(Article article) =>
        string.Create(CultureInfo.InvariantCulture, $"articles/{article.Date.Year:D4}/{article.Date.Month:D2}/{article.Slug}.html");

    public static string Of(Issue issue) => $"issues/{issue.Id}.html";

    public static string Of(Topic topic) => $"topics/{topic.Id}.html";
}
