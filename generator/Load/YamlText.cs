using System.Globalization;
using System.Text;

namespace Broadsheet.Load;

/// <summary>Writes front-matter values so that YAML reads back exactly the text given, whatever it holds: for <c>new</c> and <c>import</c>.</summary>
public static class YamlText
{
    /// <summary>A double-quoted YAML scalar: quotes, backslashes and control characters escaped.</summary>
    public static string Quote(string text)
    {
        var quoted = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                '\u0085' or '\u2028' or '\u2029' or '\ufeff' => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ when char.IsControl(c) => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }

    /// <summary>A flow sequence of quoted values: <c>["a", "b"]</c>.</summary>
    public static string List(IEnumerable<string> items) => "[" + string.Join(", ", items.Select(Quote)) + "]";

    /// <summary>A flow sequence of ids, which need no quotes: <c>[russia, ireland]</c>.</summary>
    public static string IdList(IEnumerable<string> ids) => "[" + string.Join(", ", ids) + "]";

    /// <summary>A date as front matter writes it: YYYY-MM-DD.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
