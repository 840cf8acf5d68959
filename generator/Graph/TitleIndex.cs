using System.Globalization;
using System.Text;

namespace Broadsheet.Graph;

/// <summary>
/// How titles are sorted and grouped for the A–Z listing, in the site's language: its leading articles ("The", "A",
/// "An"; "Der", "Die", "Das"; "Le", "La", "Les", "L’"; "El", "La", "Los", "Las"; "Y", "Yr") and leading punctuation are
/// ignored, digits go under "0–9", accented Latin letters under their base letter unless the language counts them as
/// letters of their own (Swedish Å, Ä, Ö; Spanish Ñ; the Welsh Ch, Dd, Ff, Ng, Ll, Ph, Rh, Th), and other initials under
/// their own letter; titles are compared as the language collates them.
/// </summary>
public sealed class TitleIndex
{
    private readonly CompareInfo _compare;
    private readonly string[] _articles;
    private readonly string[] _letters;

    public TitleIndex(string language)
    {
        try
        {
            _compare = CultureInfo.GetCultureInfo(language).CompareInfo;
        }
        catch (CultureNotFoundException)
        {
            _compare = CultureInfo.InvariantCulture.CompareInfo;
        }

        (_articles, _letters) = language.Split('-', '_')[0].ToLowerInvariant() switch
        {
            // (leading articles, letters of their own)
            "de" => (new[] { "der ", "die ", "das " }, Array.Empty<string>()),
            "fr" => (new[] { "le ", "la ", "les ", "l\u2019", "l'" }, Array.Empty<string>()),
            "es" => (new[] { "el ", "la ", "los ", "las " }, new[] { "ñ" }),
            "sv" => (Array.Empty<string>(), new[] { "å", "ä", "ö" }),
            "cy" => (new[] { "yr ", "y " }, new[] { "ch", "dd", "ff", "ng", "ll", "ph", "rh", "th" }),
            _ => (new[] { "the ", "a ", "an " }, Array.Empty<string>()),
        };
    }

    /// <summary>The title as it sorts: "The Jarrow Crusade" sorts as "Jarrow Crusade".</summary>
    public string SortKey(string title)
    {
        var key = title.TrimStart().TrimStart('"', '\'', '\u201C', '\u2018', '(', '[', '\u00BF', '\u00A1', '«', '…', '.', '-').TrimStart();
        foreach (var article in _articles)
        {
            if (key.Length > article.Length && key.StartsWith(article, StringComparison.OrdinalIgnoreCase))
            {
                return key[article.Length..].TrimStart();
            }
        }

        return key;
    }

    /// <summary>The group a title falls under: its key for paths ("a", "0-9", "u0416", "ll") and its heading ("A", "0–9", "Ж", "Ll").</summary>
    public (string Key, string Title) Initial(string title)
    {
        var key = SortKey(title);
        var first = key.EnumerateRunes().FirstOrDefault(Rune.IsLetterOrDigit);
        if (first.Value == 0)
        {
            return ("other", "Other");
        }

        if (Rune.IsDigit(first))
        {
            return ("0-9", "0\u20139");
        }

        var start = key.AsSpan(key.IndexOf(first.ToString(), StringComparison.Ordinal));
        foreach (var letter in _letters)
        {
            if (start.StartsWith(letter, StringComparison.OrdinalIgnoreCase))
            {
                var heading = char.ToUpperInvariant(letter[0]) + letter[1..];
                return (letter.All(char.IsAsciiLetter) ? letter : string.Create(CultureInfo.InvariantCulture, $"u{(int)char.ToUpperInvariant(letter[0]):x4}"), heading);
            }
        }

        var baseLetter = first.ToString().Normalize(NormalizationForm.FormD)[0];
        if (char.IsAsciiLetter(baseLetter))
        {
            return (char.ToLowerInvariant(baseLetter).ToString(), char.ToUpperInvariant(baseLetter).ToString());
        }

        var upper = Rune.ToUpperInvariant(first);
        return (string.Create(CultureInfo.InvariantCulture, $"u{upper.Value:x4}"), upper.ToString());
    }

    /// <summary>Compares two titles by their sort keys in the site's language, ignoring case.</summary>
    public int Compare(string a, string b) => CompareKeys(SortKey(a), SortKey(b));

    /// <summary>Compares two titles' sort keys (<see cref="SortKey(string)"/>) in the site's language, ignoring case.</summary>
    public int CompareKeys(string a, string b) => _compare.Compare(a, b, CompareOptions.IgnoreCase);

    /// <summary>Orders initials: "0–9" first, then the letters in the site's language, "Other" last.</summary>
    public int CompareInitials(string a, string b)
    {
        static int Rank(string title) => title switch
        {
            "0\u20139" => 0,
            "Other" => 2,
            _ => 1,
        };

        var byRank = Rank(a).CompareTo(Rank(b));
        return byRank != 0 ? byRank : _compare.Compare(a, b, CompareOptions.IgnoreCase) is var c && c != 0 ? c : string.CompareOrdinal(a, b);
    }
}
