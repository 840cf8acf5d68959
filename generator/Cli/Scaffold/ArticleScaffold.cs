using System.Globalization;
using Broadsheet.Common;
using Broadsheet.Load;
using Broadsheet.Model;

namespace Broadsheet.Cli.Scaffold;

/// <summary><c>broadsheet new article "Title" --issue ID --section ID</c>: an article filed under its issue's year and month.</summary>
/// <param name="Date">YYYY-MM-DD: the date of a web-only article, or a date other than its issue's.</param>
/// <param name="Slug">The file name without .md; by default the title slugified.</param>
public sealed record ArticleScaffold(
    string Source,
    string Title,
    string? IssueId,
    string? SectionId,
    IReadOnlyList<string> TopicIds,
    IReadOnlyList<string> Authors,
    string? Date = null,
    string? Slug = null,
    bool Draft = false) : IScaffold
{
    string? IScaffold.Source => Source;

    public ScaffoldPlan Plan(ArchiveIndex? archive)
    {
        ArgumentNullException.ThrowIfNull(archive);
        var title = Title.Trim();
        if (title.Length == 0)
        {
            throw new CommandFailedException("the title is empty; give the article's title in quotes", ExitCode.Usage);
        }

        var issue = IssueId is null ? null : archive.Issue(IssueId);
        if (issue is not null && SectionId is null)
        {
            throw new CommandFailedException(
                $"an article in an issue needs --section: one of {string.Join(", ", archive.Site.Sections.Select(s => s.Id))}", ExitCode.Usage);
        }

        var section = SectionId is null ? null : archive.Section(SectionId);
        var date = Date is null ? issue?.Date : IssueScaffold.ParseDate(Date);
        if (date is null)
        {
            throw new CommandFailedException("give --issue ID and --section ID, or --date YYYY-MM-DD for a web-only article", ExitCode.Usage);
        }

        var topics = TopicIds.Select(id => archive.Topic(id).Id).Distinct(StringComparer.Ordinal).ToList();
        var slug = Slug ?? Ids.Slugify(title);
        if (!Ids.IsValid(slug))
        {
            throw new CommandFailedException(
                Slug is null
                    ? "the title makes no usable file name; pass --slug with lowercase letters, digits and hyphens"
                    : $"--slug '{Slug}' is not a valid slug; use lowercase letters, digits and hyphens, e.g. '{Ids.Slugify(Slug)}'",
                ExitCode.Usage);
        }

        var folder = Path.Combine(Source, "articles", date.Value.ToString("yyyy", CultureInfo.InvariantCulture), date.Value.ToString("MM", CultureInfo.InvariantCulture));
        var notes = Authors
            .Select(a => archive.SimilarAuthor(a) is { } known ? $"no article is by '{a}' yet; did you mean '{known}'?" : null)
            .OfType<string>()
            .ToList();
        var fileName = slug;
        string? pageSlug = null;
        if (Slug is null && File.Exists(Path.Combine(folder, slug + ".md")))
        {
            // A column that runs every week ("Editorial", "Letters") is named by its date the second time in a month. When
            // article_path gives it a page of its own all the same (by {day} or {issue}), the page keeps the plain slug.
            fileName = FreeSlug(folder, $"{slug}-{date.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
            var page = archive.Site.ArticlePath.Of(date.Value, slug, issue?.Id, section?.Id);
            var taken = DisplayPath.Of(Path.GetFullPath(Path.Combine(folder, slug + ".md")));
            if (archive.HasArticleAt(page))
            {
                notes.Add($"{taken} already exists, so this article is {fileName}.md; pass --slug to name it otherwise");
            }
            else
            {
                pageSlug = slug;
                notes.Add($"{taken} already exists, so this article is {fileName}.md, with 'slug: {slug}' for its page {page}");
            }
        }

        var path = DisplayPath.Of(Path.GetFullPath(Path.Combine(folder, fileName + ".md")));
        return new ScaffoldPlan([new ScaffoldFile(path, Text(title, issue, section, date.Value, topics, pageSlug))], notes);
    }

    /// <summary><paramref name="slug"/> if no file of the folder has it, else the first of slug-2, slug-3… that none has.</summary>
    private static string FreeSlug(string folder, string slug)
    {
        var free = slug;
        for (var n = 2; File.Exists(Path.Combine(folder, free + ".md")); n++)
        {
            free = $"{slug}-{n.ToString(CultureInfo.InvariantCulture)}";
        }

        return free;
    }

    /// <param name="pageSlug">A slug for the front matter, when the file's name is not the page's.</param>
    private string Text(string title, Issue? issue, Section? section, DateOnly date, List<string> topics, string? pageSlug)
    {
        var lines = new List<string> { "---", $"title: {YamlText.Quote(title)}" };
        if (Authors.Count > 0)
        {
            lines.Add($"authors: {YamlText.List(Authors.Select(a => a.Trim()))}");
        }

        if (issue is not null)
        {
            lines.Add($"issue: {issue.Id}");
        }

        if (section is not null)
        {
            lines.Add($"section: {section.Id}");
        }

        if (Date is not null)
        {
            lines.Add($"date: {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        }

        if (topics.Count > 0)
        {
            lines.Add($"topics: {YamlText.IdList(topics)}");
        }

        if (pageSlug is not null)
        {
            lines.Add($"slug: {pageSlug}");
        }

        if (Draft)
        {
            lines.Add("draft: true");
        }

        lines.Add("---");
        lines.Add(ArticlePlaceholder.Comment);
        return string.Join('\n', lines) + "\n";
    }
}
