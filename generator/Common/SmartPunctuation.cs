using System.Text;

namespace Broadsheet.Common;

/// <summary>
/// The typesetter's quotes, apostrophes and dashes for text that is not Markdown — headlines and standfirsts — as
/// Markdig's SmartyPants gives bodies: "--" an en dash, "---" an em dash, "..." an ellipsis.
/// </summary>
public static class SmartPunctuation
{
    /// <summary><paramref name="text"/> with straight quotes curled, apostrophes made ’ and dashes and ellipses set.</summary>
    public static string Of(string text)
    {
        if (text.AsSpan().IndexOfAny("\"'-.") < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '"':
                    result.Append(Opens(text, i) ? '\u201C' : '\u201D');
                    break;
                case '\'':
                    result.Append(SingleQuote(text, i));
                    break;
                case '-' when At(text, i, "---"):
                    result.Append('\u2014');
                    i += 2;
                    break;
                case '-' when At(text, i, "--"):
                    result.Append('\u2013');
                    i += 1;
                    break;
                case '.' when At(text, i, "..."):
                    result.Append('\u2026');
                    i += 2;
                    break;
                default:
                    result.Append(c);
                    break;
            }
        }

        return result.ToString();
    }

    /// <summary>
    /// The apostrophe or quote for a straight <c>'</c> at <paramref name="i"/>: ’ after a letter or digit (it's, the
    /// dockers' strike) and before a year cut short ('90s); ‘ where a quotation opens.
    /// </summary>
    public static char SingleQuote(string text, int i)
    {
        if (i > 0 && char.IsLetterOrDigit(text[i - 1]))
        {
            return '\u2019';
        }

        if (i + 1 < text.Length && char.IsDigit(text[i + 1]))
        {
            return '\u2019';
        }

        return Opens(text, i) ? '\u2018' : '\u2019';
    }

    /// <summary>Whether a quote at <paramref name="i"/> opens: at the start, or after a space, a bracket, a dash or another opening quote.</summary>
    private static bool Opens(string text, int i) =>
        i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '{' or '\u2018' or '\u201C' or '\u2013' or '\u2014' or '-' or '/';

    private static bool At(string text, int i, string what) => string.CompareOrdinal(text, i, what, 0, what.Length) == 0;
}
