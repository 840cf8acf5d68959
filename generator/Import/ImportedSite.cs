namespace Broadsheet.Import;

/// <summary>What <c>site.yml</c> says: the archive's title, language and sections.</summary>
public sealed record ImportedSite(string Title, string Language, IReadOnlyList<ImportedTopic> Sections, bool LinkCheckWarn = false);
