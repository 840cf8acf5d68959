using Broadsheet.Model;

namespace Broadsheet.Link;

/// <summary>An article placed in the site: its page, and its neighbours in its issue.</summary>
public sealed class ArticleNode(Article article, string outputPath)
{
    public Article Article { get; } = article;

    public string OutputPath { get; } = outputPath;

    /// <summary>The issue it was printed in; null for a web-only article.</summary>
    public IssueNode? Issue { get; internal set; }

    public ArticleNode? Previous { get; internal set; }

    public ArticleNode? Next { get; internal set; }
}

/// <summary>An issue placed in the site: its page, its contents by section, and the issues around it.</summary>
public sealed class IssueNode(Issue issue, string outputPath, IReadOnlyList<SectionGroup> sections)
{
    public Issue Issue { get; } = issue;

    public string OutputPath { get; } = outputPath;

    /// <summary>The sections that have articles in this issue, in site.yml order.</summary>
    public IReadOnlyList<SectionGroup> Sections { get; } = sections;

    public IssueNode? Previous { get; internal set; }

    public IssueNode? Next { get; internal set; }
}

/// <summary>The articles of one section in one issue, in reading order.</summary>
public sealed record SectionGroup(Section Section, IReadOnlyList<ArticleNode> Articles);

/// <summary>A topic placed in the site: its page and its articles, newest first.</summary>
public sealed record TopicNode(Topic Topic, string OutputPath, IReadOnlyList<ArticleNode> Articles);
