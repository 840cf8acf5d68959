namespace Broadsheet.Model;

/// <summary>What an article may refer to: the ids it is checked against.</summary>
public sealed record References(
    IReadOnlyDictionary<string, Issue> Issues,
    IReadOnlyDictionary<string, Section> Sections,
    IReadOnlyDictionary<string, Topic> Topics,
    IReadOnlyDictionary<string, Author> Authors,
    ISet<string> StaticFiles)
{
    /// <summary>Issues whose files have errors of their own, by id and file: an article in one is told so, not that it is unknown.</summary>
    public IReadOnlyDictionary<string, string> FailedIssues { get; init; } = new Dictionary<string, string>();

    /// <summary>Topics whose files have errors of their own, by id and file.</summary>
    public IReadOnlyDictionary<string, string> FailedTopics { get; init; } = new Dictionary<string, string>();

    /// <summary>The source path of every article file, drafts and files with errors included: what <c>related:</c> may name.</summary>
    public ISet<string> ArticlePaths { get; init; } = new HashSet<string>(StringComparer.Ordinal);
}
