namespace Broadsheet.Render.Views;

/// <summary>An article as lists show it: title, standfirst, byline, date and summary.</summary>
public sealed record ArticleLinkView(
    string Title,
    string? Subtitle,
    string Url,
    string Byline,
    string Date,
    string DateIso,
    string? Section,
    string Summary);
