using Broadsheet.Load;
using Broadsheet.Model;

namespace Broadsheet.Tests.TestSupport;

/// <summary>Builds model records with sensible defaults, so a test names only what it is about.</summary>
public static class Models
{
    public static readonly Section News = new("news", "News", 0);
    public static readonly Section History = new("history", "History", 1);
    public static readonly Section Letters = new("letters", "Letters", 2);

    public static Site Site(params Section[] sections) =>
        new("The Weekly", "en", null, sections.Length > 0 ? sections : [News, History, Letters]);

    public static Issue Issue(string id, int number, string? title = null) =>
        new(id, title ?? $"Issue {number}", DateOnly.Parse(id, System.Globalization.CultureInfo.InvariantCulture), number, null, Text(""));

    public static Topic Topic(string id, string? title = null) => new(id, title ?? id, null, Text(""));

    public static Article Article(
        string slug,
        string date,
        Issue? issue = null,
        Section? section = null,
        Topic[]? topics = null,
        string? title = null,
        string? body = null,
        string? folder = null)
    {
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        var sourcePath = $"articles/{folder ?? day.ToString("yyyy/MM", System.Globalization.CultureInfo.InvariantCulture)}/{slug}.md";
        return new Article(
            sourcePath,
            "site-content/" + sourcePath,
            title ?? slug,
            null,
            [],
            day,
            issue,
            section,
            topics ?? [],
            null,
            null,
            slug,
            [],
            false,
            new MarkdownText(body ?? "Some text.\n", "site-content/" + sourcePath, 5, sourcePath));
    }

    public static ArchiveModel Archive(
        IReadOnlyList<Article> articles,
        IReadOnlyList<Issue>? issues = null,
        IReadOnlyList<Topic>? topics = null,
        IReadOnlyList<StaticFile>? staticFiles = null,
        Site? site = null) =>
        new(site ?? Site(), issues ?? [], topics ?? [], [], articles, staticFiles ?? []);

    public static MarkdownText Text(string text, int firstLine = 1) => new(text, "site-content/x.md", firstLine);
}
