using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Broadsheet.Render.Strings;

/// <summary>
/// Every string the theme prints, in the site's language (the theme's <c>i18n/&lt;language&gt;.yml</c>), each one
/// missing there taken from English; and dates written as that language writes them.
/// </summary>
public sealed class ThemeStrings
{
    private readonly IReadOnlyDictionary<string, ThemeString> _strings;

    public ThemeStrings(string language, IReadOnlyDictionary<string, ThemeString> strings)
    {
        Language = language;
        _strings = strings;
        Dates = new DateFormatter(language, Text("date_format"), Text("month_format"));
    }

    /// <summary>The site's language, e.g. "sv".</summary>
    public string Language { get; }

    public DateFormatter Dates { get; }

    public IEnumerable<string> Keys => _strings.Keys;

    public bool Has(string key) => _strings.ContainsKey(key);

    /// <summary>The string of <paramref name="key"/> as the language file gives it, with every plural form.</summary>
    public ThemeString this[string key] => _strings[key];

    /// <summary>The string as plain text with <paramref name="values"/> in its places; a count first picks the plural form.</summary>
    public string Text(string key, params object?[] values) => Fill(key, values, text => text, value => Plain(value));

    /// <summary>"A", "A and B", "A, B and C", in the language (<c>and</c>).</summary>
    public string List(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => $"{string.Join(", ", items.Take(items.Count - 1))} {Text("and")} {items[^1]}",
    };

    /// <summary>The string as HTML: its text escaped, each value escaped unless it is HTML already.</summary>
    public RawHtml Html(string key, IReadOnlyList<object?> values) =>
        new(Fill(key, values, Render.Html.Escape, value => value is RawHtml raw ? raw.Value : Render.Html.Escape(Plain(value))));

    /// <summary>
    /// The strings whose keys start with <paramref name="prefix"/> (without it), and the language for the script's plural
    /// rules, as JSON safe inside a script element: for the search page's script.
    /// </summary>
    public string ScriptJson(string prefix)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.Default }))
        {
            json.WriteStartObject();
            json.WriteString("language", Language);
            foreach (var (key, value) in _strings.Where(s => s.Key.StartsWith(prefix, StringComparison.Ordinal)).OrderBy(s => s.Key, StringComparer.Ordinal))
            {
                var name = key[prefix.Length..];
                if (value.Forms is { } forms)
                {
                    json.WriteStartObject(name);
                    foreach (var category in PluralRules.Categories.Where(forms.ContainsKey))
                    {
                        json.WriteString(category, forms[category]);
                    }

                    json.WriteEndObject();
                }
                else
                {
                    json.WriteString(name, value.Text);
                }
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private string Fill(string key, IReadOnlyList<object?> values, Func<string, string> text, Func<object?, string> value)
    {
        if (!_strings.TryGetValue(key, out var entry))
        {
            throw new KeyNotFoundException($"'{key}' is not a string of the theme");
        }

        var count = entry.Forms is not null && values.Count > 0 ? Count(values[0]) : null;
        var pattern = entry.For(Language, count);
        if (!pattern.Contains('{', StringComparison.Ordinal))
        {
            return text(pattern);
        }

        var result = new StringBuilder(pattern.Length + 16);
        var start = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '{' && i + 2 < pattern.Length && char.IsAsciiDigit(pattern[i + 1]) && pattern[i + 2] == '}')
            {
                result.Append(text(pattern[start..i]));
                var index = pattern[i + 1] - '0';
                result.Append(index < values.Count ? value(values[index]) : "");
                start = i + 3;
                i += 2;
            }
        }

        return result.Append(text(pattern[start..])).ToString();
    }

    private static long? Count(object? value) => value switch
    {
        int i => i,
        long l => l,
        _ => null,
    };

    private static string Plain(object? value) => value switch
    {
        null => "",
        RawHtml raw => raw.Value,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
