using System.Globalization;
using System.Text;

namespace Broadsheet.Graph;

/// <summary>
/// How titles are sorted and grouped for the A–Z listing: a leading "The", "A" or "An" and leading punctuation
/// are ignored, digits go under "0–9", accented Latin letters under their base letter, and other initials
/// under their own letter; titles are compared in the site's language.
/// </summary>
public sealed class TitleIndex
{
    private static readonly string[] Articles = ["the ", "a ", "an "];

    private readonly CompareInfo _compare;

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
    }

    /// <summary>The title as it sorts: "The Jarrow Crusade" sorts as "Jarrow Crusade".</summary>
    public static string SortKey(string title)
    {
        var key = title.TrimStart().TrimStart('"', '\'', '\u201C', '\u2018', '(', '[', '\u00BF', '\u00A1', '«', '…', '.', '-').TrimStart();
        foreach (var article in Articles)
        {
            if (key.Length > article.Length && key.StartsWith(article, StringComparison.OrdinalIgnoreCase))
            {
                return key[article.Length..].TrimStart();
            }
        }

        return key;
    }

    /// <summary>The group a title falls under: its key for paths ("a", "0-9", "u0416") and its heading ("A", "0–9", "Ж").</summary>
    public static (string Key, string Title) Initial(string title)
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
