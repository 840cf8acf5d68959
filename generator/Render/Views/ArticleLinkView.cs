using Broadsheet.Common;
using Broadsheet.Model;

namespace Broadsheet.Render.Views;

/// <summary>An article as lists show it: title, standfirst, byline, date, summary and the lead image's thumbnail.</summary>
/// <remarks>
/// The summary is worked out only if a template prints it: an article page lists its neighbours by title alone. Its fingerprint
/// counts the body the summary may be cut from, so a list is seen to change when a body it shows a summary of does.
/// </remarks>
public sealed class ArticleLinkView(
    string title,
    string? subtitle,
    string url,
    string byline,
    string date,
    string dateIso,
    string? section,
    Func<string> summary,
    string summaryKey,
    MarkdownText body,
    ImageView? thumbnail = null) : IFingerprinted
{
    private readonly Lazy<string> _summary = new(summary);

    public string Title => title;

    public string? Subtitle => subtitle;

    public string Url => url;

    public string Byline => byline;

    public string Date => date;

    public string DateIso => dateIso;

    public string? Section => section;

    public string Summary => _summary.Value;

    /// <summary>The lead image's thumbnail, to show beside the headline; null when the article has no photograph.</summary>
    public ImageView? Thumbnail => thumbnail;

    /// <summary>Fingerprints the summary by what it is cut from, so a list's fingerprint needs no Markdown parsed.</summary>
    public void AddTo(Fingerprint fingerprint) =>
        fingerprint.Uses(body).Add(title).Add(subtitle).Add(url).Add(byline).Add(date).Add(dateIso).Add(section).Add(summaryKey).AddView(thumbnail);
}
