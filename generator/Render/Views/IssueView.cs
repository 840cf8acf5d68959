namespace Broadsheet.Render.Views;

/// <summary>What <c>issue.html</c> sees: an issue's contents grouped by section, and the issues either side.</summary>
/// <param name="Audio">Its audio edition; null when it has none.</param>
public sealed record IssueView(
    string Title,
    string Url,
    int Number,
    string Date,
    string DateIso,
    RawHtml? Note,
    string? PdfUrl,
    string EpubUrl,
    IReadOnlyList<SectionView> Sections,
    IssueLinkView? Previous,
    IssueLinkView? Next,
    AudioView? Audio);
