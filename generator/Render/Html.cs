using System.Text;

namespace Broadsheet.Render;

/// <summary>HTML escaping for text and attribute values.</summary>
public static class Html
{
    /// <summary>Escapes the five characters that matter in text and in quoted attributes; leaves all else as it is.</summary>
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}
