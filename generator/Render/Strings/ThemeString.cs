namespace Broadsheet.Render.Strings;

/// <summary>
/// One string of the theme in one language: a text with numbered places for values ("More {0} articles"), or, for a
/// count, one such text per plural form ("one: {0} article", "other: {0} articles").
/// </summary>
public sealed record ThemeString(string? Text, IReadOnlyDictionary<string, string>? Forms)
{
    /// <summary>Every text it has: the one, or each plural form.</summary>
    public IEnumerable<string> Texts => Forms?.Values ?? [Text!];

    /// <summary>The text for <paramref name="count"/> in <paramref name="language"/>: its plural form, else "other".</summary>
    public string For(string language, long? count)
    {
        if (Forms is null)
        {
            return Text!;
        }

        var category = count is { } n ? PluralRules.Category(language, n) : "other";
        return Forms.TryGetValue(category, out var form) ? form : Forms["other"];
    }
}
