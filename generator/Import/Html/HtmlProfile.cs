using System.Globalization;
using System.Text.RegularExpressions;
using Broadsheet.Common;
using Broadsheet.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Broadsheet.Import.Html;

/// <summary>
/// A profile of one CMS's markup (YAML): CSS selectors for what its pages do not say in JSON-LD or meta, and for what
/// to remove from bodies.
/// </summary>
public sealed record HtmlProfile
{
    private static readonly string[] Keys =
    [
        "article", "title", "standfirst", "byline", "date", "date_format", "body", "image", "caption", "issue", "issue_pattern",
        "issue_date_format", "section", "topics", "remove",
    ];

    /// <summary>A page is an article when this matches (besides JSON-LD or og:type saying so).</summary>
    public string? Article { get; init; }

    public string? Title { get; init; }

    public string? Standfirst { get; init; }

    public string? Byline { get; init; }

    public string? Date { get; init; }

    /// <summary>.NET date formats, e.g. <c>'Published' d MMMM yyyy</c>.</summary>
    public IReadOnlyList<string> DateFormats { get; init; } = [];

    public string? Body { get; init; }

    public string? Image { get; init; }

    public string? Caption { get; init; }

    public string? Issue { get; init; }

    /// <summary>A regular expression over the issue element's text, with groups <c>date</c> and optionally <c>title</c> and <c>number</c>.</summary>
    public Regex? IssuePattern { get; init; }

    public IReadOnlyList<string> IssueDateFormats { get; init; } = [];

    public string? Section { get; init; }

    public string? Topics { get; init; }

    public IReadOnlyList<string> Remove { get; init; } = [];

    public static readonly HtmlProfile Empty = new();

    public static HtmlProfile Load(string path)
    {
        var display = DisplayPath.Of(Path.GetFullPath(path));
        if (!File.Exists(path))
        {
            throw new ImportFailedException($"--profile {display} does not exist");
        }

        Dictionary<string, object?>? map;
        try
        {
            map = new DeserializerBuilder().Build().Deserialize<Dictionary<string, object?>>(File.ReadAllText(path));
        }
        catch (YamlException e)
        {
            throw new ImportFailedException(new SourceLocation(display, (int)e.Start.Line, (int)e.Start.Column), $"the profile is not valid YAML: {e.Message}");
        }

        map ??= [];
        foreach (var key in map.Keys.Where(k => !Keys.Contains(k)))
        {
            throw new ImportFailedException(SourceLocation.File(display), $"unknown key '{key}' in the profile{Suggest.Hint(key, Keys)}");
        }

        string? Text(string key) => map.GetValueOrDefault(key) switch
        {
            null => null,
            string s => s,
            _ => throw new ImportFailedException(SourceLocation.File(display), $"'{key}' in the profile must be a single selector or text"),
        };

        List<string> List(string key) => map.GetValueOrDefault(key) switch
        {
            null => [],
            string s => [s],
            List<object> items => items.Select(i => Convert.ToString(i, CultureInfo.InvariantCulture) ?? "").ToList(),
            _ => throw new ImportFailedException(SourceLocation.File(display), $"'{key}' in the profile must be a list"),
        };

        Regex? pattern = null;
        if (Text("issue_pattern") is { } written)
        {
            try
            {
                pattern = new Regex(written, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            }
            catch (ArgumentException e)
            {
                throw new ImportFailedException(SourceLocation.File(display), $"issue_pattern is not a regular expression: {e.Message}");
            }

            if (!pattern.GetGroupNames().Contains("date"))
            {
                throw new ImportFailedException(SourceLocation.File(display), "issue_pattern needs a group named date, like (?<date>\\d{1,2} \\w+ \\d{4})");
            }
        }

        var profile = new HtmlProfile
        {
            Article = Text("article"),
            Title = Text("title"),
            Standfirst = Text("standfirst"),
            Byline = Text("byline"),
            Date = Text("date"),
            DateFormats = List("date_format"),
            Body = Text("body"),
            Image = Text("image"),
            Caption = Text("caption"),
            Issue = Text("issue"),
            IssuePattern = pattern,
            IssueDateFormats = List("issue_date_format"),
            Section = Text("section"),
            Topics = Text("topics"),
            Remove = List("remove"),
        };
        profile.CheckSelectors(display);
        return profile;
    }

    /// <summary>Every selector tried once on an empty page, so that a mistyped one is an error before any page is read.</summary>
    private void CheckSelectors(string display)
    {
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<html><body></body></html>");
        var selectors = new (string Key, string? Selector)[]
        {
            ("article", Article), ("title", Title), ("standfirst", Standfirst), ("byline", Byline), ("date", Date), ("body", Body),
            ("image", Image), ("caption", Caption), ("issue", Issue), ("section", Section), ("topics", Topics),
        }.Concat(Remove.Select(r => ("remove", (string?)r)));
        foreach (var (key, selector) in selectors)
        {
            if (selector is null)
            {
                continue;
            }

            try
            {
                page.QuerySelector(selector);
            }
            catch (AngleSharp.Dom.DomException)
            {
                throw new ImportFailedException(SourceLocation.File(display), $"'{key}' in the profile, '{selector}', is not a CSS selector");
            }
        }
    }
}
