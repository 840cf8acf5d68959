using System.Globalization;
using Broadsheet.Common;
using Broadsheet.Diagnostics;
using Broadsheet.Load;
using Broadsheet.Render;
using Broadsheet.Render.Strings;

namespace Broadsheet.Cli.Scaffold;

/// <summary><c>broadsheet new issue --date YYYY-MM-DD [--number N]</c>: an issue file named by its date.</summary>
/// <param name="Number">The issue's number; by default one more than the highest in the archive.</param>
public sealed record IssueScaffold(string Source, string Date, int? Number = null, string? Title = null) : IScaffold
{
    string? IScaffold.Source => Source;

    public ScaffoldPlan Plan(ArchiveIndex? archive)
    {
        ArgumentNullException.ThrowIfNull(archive);
        var date = ParseDate(Date);
        var id = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var notes = new List<string>();
        var latest = archive.Issues.MaxBy(i => i.Number);
        var number = Number ?? (latest?.Number ?? 0) + 1;
        if (Number is null && latest is not null)
        {
            notes.Add($"numbered {number}, after issue {latest.Number} ({latest.Id}); pass --number to choose another");
        }

        if (number < 1)
        {
            throw new CommandFailedException($"--number {number} is not an issue number; numbers start at 1", ExitCode.Usage);
        }

        if (archive.Issues.FirstOrDefault(i => i.Number == number && i.Id != id) is { } taken)
        {
            throw new CommandFailedException($"issue number {number} is already used by issue '{taken.Id}'; pass another --number", ExitCode.Usage);
        }

        var title = Title?.Trim() is { Length: > 0 } given ? given : DefaultTitle(number, date, archive.Site.Language);
        var path = DisplayPath.Of(Path.GetFullPath(Path.Combine(Source, "issues", id + ".md")));
        var text = $"---\ntitle: {YamlText.Quote(title)}\ndate: {id}\nnumber: {number.ToString(CultureInfo.InvariantCulture)}\n---\n";
        return new ScaffoldPlan([new ScaffoldFile(path, text)], notes);
    }

    /// <summary>"Issue 12 — 17 December 2026", in the archive's language as its theme's strings say it.</summary>
    private string DefaultTitle(int number, DateOnly date, string language)
    {
        var quiet = new DiagnosticBag();
        var strings = ThemeStringsReader.Read(ThemeLoader.ForBuild(null, Source, quiet).Files, language, quiet);
        return strings.Text("new_issue_title", number, strings.Dates.ForReaders(date));
    }

    /// <summary>A date as front matter writes it, YYYY-MM-DD, and nothing else.</summary>
    public static DateOnly ParseDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new CommandFailedException($"'{text}' is not a date; write it as YYYY-MM-DD, e.g. 2025-11-05", ExitCode.Usage);
}
