namespace Broadsheet.Model;

/// <summary>
/// A promotion (<c>promos/&lt;id&gt;.md</c>): a book, an event or a campaign, shown in a "Further reading" box on the
/// articles and topic pages it belongs to. It is not an article: it has no page, and no list, feed or search shows it.
/// </summary>
/// <param name="Link">Where it leads: an absolute address.</param>
/// <param name="Topics">The topics whose articles and pages show it.</param>
/// <param name="Sections">The sections whose articles show it.</param>
/// <param name="Body">A few words about it, in Markdown.</param>
public sealed record Promo(
    string Id,
    string Title,
    string Link,
    ArticleImage? Image,
    IReadOnlyList<Topic> Topics,
    IReadOnlyList<Section> Sections,
    MarkdownText Body);
