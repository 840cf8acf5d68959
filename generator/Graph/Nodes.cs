using Broadsheet.Model;

namespace Broadsheet.Graph;

/// <summary>An article placed in the site: its page, its issue, its neighbours there, and related articles.</summary>
public sealed class ArticleNode(Article article, string outputPath)
{
    public Article Article { get; } = article;

    public string OutputPath { get; } = outputPath;

    /// <summary>The issue it was printed in; null for a web-only article.</summary>
    public IssueNode? Issue { get; internal set; }

    public ArticleNode? Previous { get; internal set; }

    public ArticleNode? Next { get; internal set; }

    /// <summary>Up to five articles sharing the most topics with this one, nearest in date first; none its editor picked.</summary>
    public IReadOnlyList<ArticleNode> Related { get; internal set; } = [];

    /// <summary>The links its editor listed under <c>related:</c> whose articles are built (a draft's is left out until it is published).</summary>
    public IReadOnlyList<PickedLink> Picked { get; internal set; } = [];

    /// <summary>The other articles of its section in the same issue.</summary>
    public IReadOnlyList<ArticleNode> AlsoInSection { get; internal set; } = [];

    /// <summary>Up to three promotions sharing its topics or section, most matches first.</summary>
    public IReadOnlyList<Promo> Promos { get; internal set; } = [];
}

/// <summary>An issue placed in the site: its page, its contents by section, and the issues around it.</summary>
public sealed class IssueNode(Issue issue, string outputPath, IReadOnlyList<SectionGroup> sections)
{
    public Issue Issue { get; } = issue;

    public string OutputPath { get; } = outputPath;

    /// <summary>The sections that have articles in this issue, in site.yml order.</summary>
    public IReadOnlyList<SectionGroup> Sections { get; } = sections;

    public int ArticleCount => Sections.Sum(s => s.Articles.Count);

    public IssueNode? Previous { get; internal set; }

    public IssueNode? Next { get; internal set; }
}

/// <summary>The articles of one section in one issue, in reading order.</summary>
public sealed record SectionGroup(Section Section, IReadOnlyList<ArticleNode> Articles);

/// <summary>A topic placed in the site: its first page and its articles, newest first.</summary>
public sealed record TopicNode(Topic Topic, string OutputPath, IReadOnlyList<ArticleNode> Articles)
{
    /// <summary>Up to three promotions of this topic, by id.</summary>
    public IReadOnlyList<Promo> Promos { get; internal set; } = [];
}

/// <summary>An author placed in the site: their first page and their articles, newest first.</summary>
public sealed record AuthorNode(Author Author, string OutputPath, IReadOnlyList<ArticleNode> Articles);

/// <summary>The articles of one month: those of each issue that month, newest issue first, then the web-only ones.</summary>
public sealed record MonthNode(int Year, int Month, string OutputPath, IReadOnlyList<IssueGroup> Issues, IReadOnlyList<ArticleNode> WebOnly)
{
    public int ArticleCount => Issues.Sum(i => i.Articles.Count) + WebOnly.Count;
}

/// <summary>The articles of one issue within a month's page, in reading order.</summary>
public sealed record IssueGroup(IssueNode Issue, IReadOnlyList<ArticleNode> Articles);

/// <summary>A year of the archive: its page and its months, newest first.</summary>
public sealed record YearNode(int Year, string OutputPath, IReadOnlyList<MonthNode> Months)
{
    public int ArticleCount => Months.Sum(m => m.ArticleCount);
}

/// <summary>One initial of the A–Z listing ("A", "0–9", "Ж") and its articles in title order.</summary>
/// <param name="Key">The initial as it appears in paths and anchors: "a", "0-9", "u0416".</param>
public sealed record LetterNode(string Key, string Title, string OutputPath, IReadOnlyList<ArticleNode> Articles);
