using Broadsheet.Load;
using Broadsheet.Common;
using Broadsheet.Model;

namespace Broadsheet.Cli.Scaffold;

/// <summary><c>broadsheet new author "Name"</c>: an author file named by the name's id, as bylines find it.</summary>
public sealed record AuthorScaffold(string Source, string Name, string? Bio = null, string? Portrait = null) : IScaffold
{
    string? IScaffold.Source => Source;

    public ScaffoldPlan Plan(ArchiveIndex? archive)
    {
        ArgumentNullException.ThrowIfNull(archive);
        var name = Name.Trim();
        var id = Ids.Slugify(name);
        if (id.Length == 0)
        {
            throw new CommandFailedException($"'{Name}' has no letters or digits to name the author's file by; give the name as bylines print it", ExitCode.Usage);
        }

        var path = DisplayPath.Of(Path.GetFullPath(Path.Combine(Source, "authors", id + ".md")));
        var bio = Bio?.Trim() is { Length: > 0 } text ? $"bio: {YamlText.Quote(text)}\n" : "";
        var portrait = Portrait?.Trim() is { Length: > 0 } image ? $"portrait: {YamlText.Quote(image)}\n" : "";
        return new ScaffoldPlan([new ScaffoldFile(path, $"---\nname: {YamlText.Quote(name)}\n{bio}{portrait}---\n")], []);
    }
}
