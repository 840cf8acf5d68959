namespace Broadsheet.Render.Markdown;

/// <summary>
/// A Markdown body rendered from one parse: its HTML, its first paragraph as plain text for lists, and its whole text
/// for the search index, which is rendered from the same parse only when it is asked for.
/// </summary>
public sealed class ConvertedMarkdown(string html, string summary, Func<string> plainText)
{
    private readonly Lazy<string> _plainText = new(plainText, LazyThreadSafetyMode.None);

    public string Html => html;

    public string Summary => summary;

    public string PlainText => _plainText.Value;
}
