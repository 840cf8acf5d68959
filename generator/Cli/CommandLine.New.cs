using System.CommandLine;
using Broadsheet.Cli.Scaffold;

namespace Broadsheet.Cli;

/// <summary><c>broadsheet new article|issue|topic|author|site</c>.</summary>
public sealed partial class CommandLine
{
    private void AddNew()
    {
        var command = new Command("new", "Create an article, issue, topic, author or a whole new archive, with valid front matter; never overwrites a file");
        _root.Subcommands.Add(command);
        _examples[command] =
        [
            "broadsheet new article \"Lessons from history: 1917\" --issue 2025-11-05 --section history --topics russia",
            "broadsheet new issue --date 2025-11-12",
            "broadsheet new topic ireland --title \"Ireland\"",
            "broadsheet new author \"Ruth Feldman\" --bio \"Labour historian.\"",
            "broadsheet new site my-paper",
        ];
        AddNewArticle(command);
        AddNewIssue(command);
        AddNewTopic(command);
        AddNewAuthor(command);
        AddNewSite(command);
    }

    private void AddNewArticle(Command parent)
    {
        var title = new Argument<string>("TITLE") { Description = "The article's title; its file name is the title slugified" };
        var source = SourceOption();
        var issue = new Option<string?>("--issue") { Description = "The issue it is printed in: an id from issues/ (a date)", HelpName = "ID" };
        var section = new Option<string?>("--section") { Description = "Its section in the issue: an id from site.yml", HelpName = "ID" };
        var topics = new Option<string[]>("--topics") { Description = "Topic ids from topics/, separated by commas", HelpName = "IDS" };
        var authors = new Option<string[]>("--author") { Description = "A writer's name for the byline; repeat for more than one", HelpName = "NAME" };
        var date = new Option<string?>("--date") { Description = "Its date, YYYY-MM-DD [default: its issue's date]; required without --issue", HelpName = "DATE" };
        var slug = new Option<string?>("--slug") { Description = "Its file name without .md [default: the title slugified]", HelpName = "SLUG" };
        var draft = new Option<bool>("--draft") { Description = "Mark it 'draft: true', left out unless built with --drafts" };
        var command = new Command("article", "Create an article under articles/YYYY/MM/ with its issue, section, topics and authors checked")
        {
            title, source, issue, section, topics, authors, date, slug, draft,
        };
        Add(
            command,
            result => new NewCommand(new ArticleScaffold(
                result.GetRequiredValue(source),
                result.GetRequiredValue(title),
                result.GetValue(issue),
                result.GetValue(section),
                SplitIds(result.GetValue(topics)),
                result.GetValue(authors) ?? [],
                result.GetValue(date),
                result.GetValue(slug),
                result.GetValue(draft))),
            [
                "broadsheet new article \"The Jarrow Crusade\" --issue 2024-11-06 --section history --topics historic-events,trade-unions",
                "broadsheet new article \"Letters\" --issue 2024-11-06 --section comment --author \"Colin Bexley\"",
                "broadsheet new article \"Web exclusive\" --date 2025-12-01 --draft",
            ],
            parent);
    }

    private void AddNewIssue(Command parent)
    {
        var source = SourceOption();
        var date = new Option<string>("--date") { Description = "Its date, YYYY-MM-DD; the file and the id are named by it", HelpName = "DATE", Required = true };
        var number = new Option<int?>("--number") { Description = "Its number [default: one more than the highest in the archive]", HelpName = "N" };
        var title = new Option<string?>("--title") { Description = "Its title [default: \"Issue N — D Month YYYY\" in the site's language]", HelpName = "TITLE" };
        var command = new Command("issue", "Create an issue file under issues/, named by its date") { source, date, number, title };
        Add(
            command,
            result => new NewCommand(new IssueScaffold(result.GetRequiredValue(source), result.GetRequiredValue(date), result.GetValue(number), result.GetValue(title))),
            ["broadsheet new issue --date 2025-11-12", "broadsheet new issue --date 2025-11-12 --number 499"],
            parent);
    }

    private void AddNewTopic(Command parent)
    {
        var id = new Argument<string>("ID") { Description = "The topic's id: lowercase letters, digits and hyphens" };
        var source = SourceOption();
        var title = new Option<string>("--title") { Description = "Its title as readers see it", HelpName = "TITLE", Required = true };
        var description = new Option<string?>("--description") { Description = "A line about it for the topics index", HelpName = "TEXT" };
        var command = new Command("topic", "Create a topic file under topics/") { id, source, title, description };
        Add(
            command,
            result => new NewCommand(new TopicScaffold(result.GetRequiredValue(source), result.GetRequiredValue(id), result.GetRequiredValue(title), result.GetValue(description))),
            ["broadsheet new topic spanish-civil-war --title \"The Spanish Civil War\""],
            parent);
    }

    private void AddNewAuthor(Command parent)
    {
        var name = new Argument<string>("NAME") { Description = "The name as bylines print it; the file is named by it slugified" };
        var source = SourceOption();
        var bio = new Option<string?>("--bio") { Description = "A line about the writer for their page", HelpName = "TEXT" };
        var portrait = new Option<string?>("--portrait") { Description = "Their photograph, a path under static/", HelpName = "PATH" };
        var command = new Command("author", "Create an author file under authors/, for a byline's page to show a bio and a portrait") { name, source, bio, portrait };
        Add(
            command,
            result => new NewCommand(new AuthorScaffold(result.GetRequiredValue(source), result.GetRequiredValue(name), result.GetValue(bio), result.GetValue(portrait))),
            ["broadsheet new author \"Ruth Feldman\" --bio \"Labour historian.\" --portrait images/ruth-feldman.jpg"],
            parent);
    }

    private void AddNewSite(Command parent)
    {
        var folder = new Argument<string>("DIR") { Description = "A new folder for the archive; site-content/ is made inside it" };
        var title = new Option<string?>("--title") { Description = "The paper's title [default: The Broadsheet]", HelpName = "TITLE" };
        var command = new Command("site", "Create a small starter archive that builds at once") { folder, title };
        Add(
            command,
            result => new NewCommand(new SiteScaffold(result.GetRequiredValue(folder), result.GetValue(title), DateOnly.FromDateTime(DateTime.Now))),
            ["broadsheet new site my-paper --title \"The Weekly Worker\"", "cd my-paper && broadsheet serve"],
            parent);
    }

    /// <summary>"--topics a,b --topics c" is a, b and c.</summary>
    private static List<string> SplitIds(string[]? values) =>
        (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
}
