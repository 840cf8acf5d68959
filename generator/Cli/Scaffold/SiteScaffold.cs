using System.Globalization;
using Broadsheet.Common;
using Broadsheet.Load;
using Broadsheet.Model;
using Broadsheet.Render;

namespace Broadsheet.Cli.Scaffold;

/// <summary>
/// <c>broadsheet new site DIR</c>: a small starter archive that builds at once — site.yml with two sections, a first
/// issue dated <paramref name="Today"/>, a topic and an article that says where everything goes.
/// </summary>
public sealed record SiteScaffold(string Folder, string? Title, DateOnly Today) : IScaffold
{
    string? IScaffold.Source => null;

    public ScaffoldPlan Plan(ArchiveIndex? archive)
    {
        if (Directory.Exists(Folder) && Directory.EnumerateFileSystemEntries(Folder).Any())
        {
            throw new CommandFailedException($"{Folder} already exists and is not empty; nothing was written (choose a new folder)");
        }

        var title = Title?.Trim() is { Length: > 0 } given ? given : "The Broadsheet";
        var day = Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var issueTitle = $"Issue 1 — {new DateFormatter("en").ForReaders(Today)}";
        var source = Path.Combine(Folder, "site-content");
        var slug = "welcome";
        return new ScaffoldPlan(
        [
            File(Path.Combine(Folder, ".gitignore"), "/output/\n/.broadsheet-cache/\n"),
            File(Path.Combine(source, "site.yml"), $"""
                title: {YamlText.Quote(title)}
                language: en
                # base_url: https://example.org/archive/   # the deployed address: enables feeds and the sitemap
                sections:                                  # in the order an issue prints them
                  - id: news
                    title: News
                  - id: features
                    title: Features

                """),
            File(Path.Combine(source, "issues", day + ".md"), $"---\ntitle: {YamlText.Quote(issueTitle)}\ndate: {day}\nnumber: 1\n---\n"),
            File(Path.Combine(source, "topics", "getting-started.md"), "---\ntitle: \"Getting started\"\ndescription: \"How this archive is made.\"\n---\n"),
            File(Path.Combine(source, "articles", Today.ToString("yyyy", CultureInfo.InvariantCulture), Today.ToString("MM", CultureInfo.InvariantCulture), slug + ".md"), $"""
                ---
                title: {YamlText.Quote($"Welcome to {title}")}
                authors: ["The Editors"]
                issue: {day}
                section: news
                topics: [getting-started]
                ---
                This archive was made by `broadsheet new site`. Every article is a Markdown file under
                `site-content/articles/`, printed in an issue (`site-content/issues/`), under a section
                (`site-content/site.yml`) and tagged with topics (`site-content/topics/`).

                Add the next one with `broadsheet new article "Title" --issue {day} --section features`,
                run `broadsheet serve`, and watch it appear in your browser as you write.

                """),
        ],
        [$"to see it as you write: cd {Folder} && broadsheet serve"]);
    }

    private static ScaffoldFile File(string path, string text) => new(DisplayPath.Of(Path.GetFullPath(path)), text);
}
