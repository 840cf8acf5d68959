using System.Buffers;
using System.Globalization;
using System.Text;

namespace Broadsheet.Search;

/// <summary>
/// JavaScript string literals for the index's script files: quotes, backslashes, control characters, U+2028/U+2029,
/// lone surrogates and '&lt;' (so "&lt;/script&gt;" or "&lt;!--" in a title cannot end a script) are escaped; all other text is kept.
/// </summary>
public static class JsLiteral
{
    /// <summary>The characters that may need escaping; the text between them is appended in one go.</summary>
    private static readonly SearchValues<char> Special = SearchValues.Create(
        new string(Enumerable.Range(0, ' ').Select(c => (char)c)
            .Concat(['"', '\\', '<', '\u2028', '\u2029', '\u007F'])
            .Concat(Enumerable.Range(0xD800, 0xDFFF - 0xD800 + 1).Select(c => (char)c))
            .ToArray()));

    public static void AppendString(StringBuilder builder, string value)
    {
        builder.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var plain = value.AsSpan(i).IndexOfAny(Special);
            if (plain != 0)
            {
                builder.Append(value.AsSpan(i, plain < 0 ? value.Length - i : plain));
                if (plain < 0)
                {
                    break;
                }

                i += plain;
            }

            var c = value[i];
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case < ' ' or '<' or '\u2028' or '\u2029' or '\u007F':
                    AppendEscape(builder, c);
                    break;
                case >= '\uD800' and <= '\uDBFF' when i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]):
                    builder.Append(c).Append(value[++i]);
                    break;
                case >= '\uD800' and <= '\uDFFF':
                    AppendEscape(builder, c);
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        builder.Append('"');
    }

    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        AppendString(builder, value);
        return builder.ToString();
    }

    private static void AppendEscape(StringBuilder builder, char c) =>
        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
}
