namespace Broadsheet.Model;

/// <summary>One numbered issue of the paper; its id is its file name, e.g. <c>2014-10-29</c>.</summary>
public sealed record Issue(string Id, string Title, DateOnly Date, int Number, string? Pdf, MarkdownText Note)
{
    /// <summary>Its audio edition, offered beside the PDF and the EPUB; null when it has none.</summary>
    public AudioFile? Audio { get; init; }
}
