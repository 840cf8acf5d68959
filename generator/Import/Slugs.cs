using System.Text;
using Broadsheet.Model;

namespace Broadsheet.Import;

/// <summary>
/// Slugs from any text: Greek and Cyrillic spelt in Latin letters first (the build's slugs are ASCII), then the build's own
/// rule (<see cref="Ids.Slugify"/>), cut at a hyphen to stay within the length ids may have.
/// </summary>
public static class Slugs
{
    private const int MaxLength = 80;

    private static readonly Dictionary<char, string> Latin = Table();

    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var latin = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            var lower = char.ToLowerInvariant(c);
            latin.Append(Latin.TryGetValue(lower, out var spelt) ? spelt : c.ToString());
        }

        var slug = Ids.Slugify(latin.ToString());
        if (slug.Length > MaxLength)
        {
            var cut = slug.LastIndexOf('-', MaxLength);
            slug = slug[..(cut > 20 ? cut : MaxLength)].TrimEnd('-');
        }

        return slug;
    }

    /// <summary>ELOT 743 for Greek and a common romanisation for Russian, Ukrainian, Bulgarian and Serbian Cyrillic.</summary>
    private static Dictionary<char, string> Table()
    {
        var table = new Dictionary<char, string>();
        void Add(string letters, params string[] spellings)
        {
            for (var i = 0; i < letters.Length; i++)
            {
                table[letters[i]] = spellings[i];
            }
        }

        Add("αβγδεζηθικλμνξοπρσςτυφχψω",
            "a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "s", "t", "y", "f", "ch", "ps", "o");
        Add("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
            "a", "b", "v", "g", "d", "e", "yo", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya");
        Add("єіїґђјљњћџ", "ye", "i", "yi", "g", "dj", "j", "lj", "nj", "c", "dz");
        return table;
    }
}
