namespace Broadsheet.Model;

/// <summary>What an article may refer to: the ids it is checked against.</summary>
public sealed record References(
    IReadOnlyDictionary<string, Issue> Issues,
    IReadOnlyDictionary<string, Section> Sections,
    IReadOnlyDictionary<string, Topic> Topics,
    IReadOnlyDictionary<string, Author> Authors,
    ISet<string> StaticFiles);
