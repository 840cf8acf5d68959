using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Broadsheet.Model;

/// <summary>The grammar of ids and slugs: lowercase letters, digits and single hyphens, safe in any URL and file system.</summary>
public static partial class Ids
{
    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Grammar();

    public static bool IsValid(string id) => id.Length <= 120 && Grammar().IsMatch(id);

    /// <summary>Makes a valid id from free text: "Clare Doyle" becomes "clare-doyle", "Café" becomes "cafe".</summary>
    public static string Slugify(string text)
    {
        if (IsValid(text))
        {
            // Already a slug (as most files' names are): it slugifies to itself.
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var pendingHyphen = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            // Most characters are ASCII letters and digits: appended as they are, with no string made for each.
            var ascii = char.IsAsciiLetterOrDigit(c);
            var letters = ascii ? "" : Transliterate(c);
            if (ascii || letters.Length > 0)
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                if (ascii)
                {
                    builder.Append(char.ToLowerInvariant(c));
                }
                else
                {
                    builder.Append(letters.ToLowerInvariant());
                }

                pendingHyphen = false;
            }
            else if (c != '\'' && c != '\u2019')
            {
                pendingHyphen = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>Latin letters that are not a base letter plus an accent, spelt as ASCII: "ø" as "o", "ß" as "ss".</summary>
    private static string Transliterate(char c) => char.ToLowerInvariant(c) switch
    {
        'ø' => "o",
        'ł' => "l",
        'đ' or 'ð' => "d",
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'þ' => "th",
        'ı' => "i",
        _ => "",
    };

    /// <summary>The id a content file gets from its name: <c>issues/2014-10-29.md</c> is <c>2014-10-29</c>.</summary>
    public static string FromFileName(string sitePath) => Path.GetFileNameWithoutExtension(sitePath);
}
