using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Broadsheet.Import.Html;

/// <summary>
/// Reads the fields of a saved page, each from the first source that has it: JSON-LD, then Open Graph and
/// <c>article:*</c> meta, then Dublin Core meta and <c>&lt;time datetime&gt;</c>, then the profile's selectors (the title
/// element last of all for the title, without its " | Site name").
/// </summary>
public sealed partial class PageReader(HtmlProfile profile)
{
    /// <summary>Whether the page is an article: JSON-LD or og:type says so, or the profile's article selector matches.</summary>
    public bool IsArticle(IDocument page, JsonLdArticle? jsonLd) =>
        jsonLd is not null
        || string.Equals(Meta(page, "og:type"), "article", StringComparison.OrdinalIgnoreCase)
        || (profile.Article is { } selector && Select(page, selector) is not null);

    public PageFields Read(IDocument page, JsonLdArticle? jsonLd, string file, string urlPath, Action<string> note)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(note);
        var fields = new PageFields(file, urlPath)
        {
            Canonical = page.QuerySelector("link[rel='canonical']")?.GetAttribute("href") ?? Meta(page, "og:url") ?? jsonLd?.Url,
            SiteName = Meta(page, "og:site_name") ?? jsonLd?.PublisherName,
            Summary = jsonLd?.Description ?? Meta(page, "og:description") ?? Meta(page, "description") ?? Meta(page, "DC.description"),
        };

        fields.Title = First(
            (jsonLd?.Headline, FieldSource.JsonLd),
            (Meta(page, "og:title"), FieldSource.Meta),
            (Meta(page, "DC.title") ?? Meta(page, "dc.title"), FieldSource.Meta),
            (SelectText(page, profile.Title), FieldSource.Selector),
            (WithoutSiteName(page.Title, fields.SiteName, page.QuerySelector("h1, h2")?.TextContent), FieldSource.TitleElement));
        fields.Subtitle = First(
            (jsonLd?.AlternativeHeadline, FieldSource.JsonLd),
            (SelectText(page, profile.Standfirst), FieldSource.Selector));
        fields.Date = Date(page, jsonLd, note);
        fields.Authors = Names(
            (jsonLd?.Authors ?? [], FieldSource.JsonLd),
            (Metas(page, "article:author").Concat(Metas(page, "author")).Where(a => !a.Contains("://", StringComparison.Ordinal)).ToList(), FieldSource.Meta),
            (Metas(page, "DC.creator").Concat(Metas(page, "dc.creator")).ToList(), FieldSource.Meta),
            (Byline(SelectText(page, profile.Byline)), FieldSource.Selector));
        fields.Section = First(
            (jsonLd?.Section, FieldSource.JsonLd),
            (Meta(page, "article:section"), FieldSource.Meta),
            (SelectText(page, profile.Section), FieldSource.Selector));
        fields.Topics = Names(
            (jsonLd?.Keywords ?? [], FieldSource.JsonLd),
            (Metas(page, "article:tag").ToList(), FieldSource.Meta),
            (Metas(page, "DC.subject").Concat(Metas(page, "dc.subject")).SelectMany(s => s.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList(), FieldSource.Meta),
            (profile.Topics is null ? [] : page.QuerySelectorAll(profile.Topics).Select(e => Clean(e.TextContent)).Where(t => t.Length > 0).ToList(), FieldSource.Selector));
        fields.Image = Image(page, jsonLd);
        fields.Issue = Issue(page, jsonLd, note);
        if (fields.SiteName is null && profile.IssuePattern is not null && SelectText(page, profile.Issue) is { } line
            && profile.IssuePattern.Match(line) is { Success: true } match && match.Groups["title"] is { Success: true } paper)
        {
            fields.SiteName = Clean(paper.Value);
        }

        return fields;
    }

    private (DateOnly, FieldSource)? Date(IDocument page, JsonLdArticle? jsonLd, Action<string> note)
    {
        foreach (var (text, source) in new[]
        {
            (jsonLd?.DatePublished, FieldSource.JsonLd),
            (Meta(page, "article:published_time"), FieldSource.Meta),
            (Meta(page, "DC.date") ?? Meta(page, "dc.date") ?? Meta(page, "DC.date.issued"), FieldSource.Meta),
            (page.QuerySelector("time[datetime]")?.GetAttribute("datetime"), FieldSource.Meta),
        })
        {
            if (text is not null && IsoDate(text) is { } date)
            {
                return (date, source);
            }
        }

        if (SelectText(page, profile.Date) is { } written)
        {
            if (ParseDate(written, profile.DateFormats) is { } date)
            {
                return (date, FieldSource.Selector);
            }

            note($"its date '{written}' does not match date_format in the profile");
        }

        return null;
    }

    /// <summary>The day an ISO date says, on its own clock: 2014-10-29T00:30:00+01:00 is the 29th, never shifted to UTC.</summary>
    public static DateOnly? IsoDate(string text)
    {
        var match = IsoDay().Match(text.Trim());
        return match.Success && DateOnly.TryParseExact(match.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }

    public static DateOnly? ParseDate(string text, IReadOnlyList<string> formats)
    {
        var clean = Clean(text);
        foreach (var format in formats)
        {
            if (DateTime.TryParseExact(clean, format, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var exact))
            {
                return DateOnly.FromDateTime(exact);
            }
        }

        if (IsoDate(clean) is { } iso)
        {
            return iso;
        }

        return formats.Count == 0 && DateTime.TryParse(clean, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var loose) ? DateOnly.FromDateTime(loose) : null;
    }

    private (string, string?, FieldSource)? Image(IDocument page, JsonLdArticle? jsonLd)
    {
        if (jsonLd?.Image is { } image)
        {
            return (image.Url, image.Caption ?? SelectText(page, profile.Caption), FieldSource.JsonLd);
        }

        if (Meta(page, "og:image") is { } og)
        {
            return (og, SelectText(page, profile.Caption), FieldSource.Meta);
        }

        return profile.Image is { } selector && Select(page, selector) is { } img && (img.GetAttribute("src") ?? img.QuerySelector("img")?.GetAttribute("src")) is { } src
            ? (src, SelectText(page, profile.Caption), FieldSource.Selector)
            : null;
    }

    private (ImportedIssue, FieldSource)? Issue(IDocument page, JsonLdArticle? jsonLd, Action<string> note)
    {
        if (jsonLd?.Issue is { } part && part.Date is not null && IsoDate(part.Date) is { } day)
        {
            var number = int.TryParse(part.Number, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : (int?)null;
            return (new ImportedIssue(Id(day), part.Name ?? IssueTitle(day, number), day, number), FieldSource.JsonLd);
        }

        if (SelectText(page, profile.Issue) is not { } text)
        {
            return null;
        }

        var match = profile.IssuePattern?.Match(text);
        if (match is { Success: false })
        {
            note($"its issue line '{text}' does not match issue_pattern in the profile");
            return null;
        }

        var dateText = match?.Groups["date"].Value ?? text;
        if (ParseDate(dateText, profile.IssueDateFormats) is not { } date)
        {
            note($"the date in its issue line '{text}' cannot be read; give issue_date_format in the profile");
            return null;
        }

        var issueNumber = match?.Groups["number"] is { Success: true } g && int.TryParse(g.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : (int?)null;
        var title = match?.Groups["title"] is { Success: true } t ? $"{Clean(t.Value)}, {Clean(dateText)}" : IssueTitle(date, issueNumber);
        return (new ImportedIssue(Id(date), title, date, issueNumber), FieldSource.Selector);
    }

    private static string Id(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string IssueTitle(DateOnly date, int? number) =>
        (number is { } n ? $"Issue {n.ToString(CultureInfo.InvariantCulture)} — " : "") + date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"By Ruth Feldman and Tom Ashworth" is two names.</summary>
    private static List<string> Byline(string? text) =>
        text is null ? [] : BylineWords().Replace(text, "").Split([",", " and ", " & "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    /// <summary>
    /// "Lessons from history | The Weekly Broadsheet" is "Lessons from history"; so is "Broadsheet Archive :: Lessons
    /// from history" when the page's heading says which part is the title.
    /// </summary>
    public static string? WithoutSiteName(string? title, string? siteName, string? heading = null)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        var clean = Clean(title);
        if (heading is not null && Clean(heading) is { Length: > 0 } h
            && clean.Split([" | ", " :: ", " – ", " — ", " - "], StringSplitOptions.TrimEntries).FirstOrDefault(part => part.Equals(h, StringComparison.OrdinalIgnoreCase)) is { } named)
        {
            return named;
        }

        if (siteName is { Length: > 0 } && clean.EndsWith(siteName, StringComparison.OrdinalIgnoreCase))
        {
            clean = clean[..^siteName.Length];
        }

        var cut = TitleSuffix().Match(clean);
        return (cut.Success ? clean[..cut.Index] : clean).Trim(' ', '|', '-', '–', '—', ':');
    }

    private static (string, FieldSource)? First(params (string? Value, FieldSource Source)[] candidates)
    {
        foreach (var (value, source) in candidates)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                return (Clean(value), source);
            }
        }

        return null;
    }

    private static (IReadOnlyList<string>, FieldSource)? Names(params (IReadOnlyList<string> Values, FieldSource Source)[] candidates)
    {
        foreach (var (values, source) in candidates)
        {
            var clean = values.Select(Clean).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            if (clean.Count > 0)
            {
                return (clean, source);
            }
        }

        return null;
    }

    private static string? Meta(IDocument page, string name) => Metas(page, name).FirstOrDefault();

    private static IEnumerable<string> Metas(IDocument page, string name) =>
        page.QuerySelectorAll("meta")
            .Where(m => string.Equals(m.GetAttribute("property") ?? m.GetAttribute("name"), name, StringComparison.OrdinalIgnoreCase))
            .Select(m => m.GetAttribute("content")?.Trim())
            .OfType<string>()
            .Where(c => c.Length > 0);

    private static IElement? Select(IDocument page, string selector)
    {
        try
        {
            return page.QuerySelector(selector);
        }
        catch (AngleSharp.Dom.DomException)
        {
            throw new ImportFailedException($"'{selector}' in the profile is not a CSS selector");
        }
    }

    private static string? SelectText(IDocument page, string? selector) =>
        selector is null ? null : Select(page, selector) is { } element && Clean(element.TextContent) is { Length: > 0 } text ? text : null;

    public static string Clean(string text) => Spaces().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}")]
    private static partial Regex IsoDay();

    [GeneratedRegex(@"^\s*(by|from|words by)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex BylineWords();

    [GeneratedRegex(@"\s+(\||::)\s+[^|]*$")]
    private static partial Regex TitleSuffix();
}
