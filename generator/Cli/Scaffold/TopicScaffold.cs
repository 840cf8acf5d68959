using Broadsheet.Common;
using Broadsheet.Load;
using Broadsheet.Model;

namespace Broadsheet.Cli.Scaffold;

/// <summary><c>broadsheet new topic ID --title "…"</c>: a topic file named by its id.</summary>
public sealed record TopicScaffold(string Source, string Id, string Title, string? Description = null) : IScaffold
{
    string? IScaffold.Source => Source;

    public ScaffoldPlan Plan(ArchiveIndex? archive)
    {
        ArgumentNullException.ThrowIfNull(archive);
        if (!Ids.IsValid(Id))
        {
            var suggestion = Ids.Slugify(Id);
            throw new CommandFailedException(
                $"'{Id}' is not a valid topic id: use lowercase letters, digits and hyphens{(Ids.IsValid(suggestion) ? $", e.g. '{suggestion}'" : "")}",
                ExitCode.Usage);
        }

        var title = Title.Trim();
        if (title.Length == 0)
        {
            throw new CommandFailedException("--title is empty; give the topic's title as readers should see it", ExitCode.Usage);
        }

        var path = DisplayPath.Of(Path.GetFullPath(Path.Combine(Source, "topics", Id + ".md")));
        var description = Description?.Trim() is { Length: > 0 } text ? $"description: {YamlText.Quote(text)}\n" : "";
        return new ScaffoldPlan([new ScaffoldFile(path, $"---\ntitle: {YamlText.Quote(title)}\n{description}---\n")], []);
    }
}
