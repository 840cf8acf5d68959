namespace Broadsheet.Render.Strings;

/// <summary>
/// Which plural form a whole number takes in a language, by the categories of the Unicode CLDR: "one" and "other" in
/// English, Swedish, German and Spanish; French counts 0 as "one"; Welsh has "zero", "one", "two", "few" and "many".
/// A language not listed counts as English does.
/// </summary>
public static class PluralRules
{
    public static readonly IReadOnlyList<string> Categories = ["zero", "one", "two", "few", "many", "other"];

    public static string Category(string language, long n) => Base(language) switch
    {
        "fr" => n is 0 or 1 ? "one" : "other",
        "cy" => n switch
        {
            0 => "zero",
            1 => "one",
            2 => "two",
            3 => "few",
            6 => "many",
            _ => "other",
        },
        _ => n == 1 ? "one" : "other",
    };

    /// <summary>"de" for "de-AT".</summary>
    public static string Base(string language) => language.Split('-', '_')[0].ToLowerInvariant();
}
