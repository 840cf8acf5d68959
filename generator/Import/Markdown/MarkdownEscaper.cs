using System.Text;
using System.Text.RegularExpressions;

namespace Broadsheet.Import.Markdown;

/// <summary>Escapes text so that Markdig, with the build's extensions, reads it back as the same text and no markup.</summary>
public static partial class MarkdownEscaper
{
    /// <summary>Escapes the characters that start markup anywhere in a line.</summary>
    public static string Inline(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var previous = i > 0 ? text[i - 1] : ' ';
            var next = i + 1 < text.Length ? text[i + 1] : ' ';
            var escape = c switch
            {
                '\\' or '`' or '*' or '[' or ']' or '<' or '~' or '^' or '|' => true,

                // '_' inside a word never opens emphasis; at its edges it may.
                '_' => !char.IsLetterOrDigit(previous) || !char.IsLetterOrDigit(next),

                // "++inserted++" and "==marked==" are extensions the build enables.
                '+' or '=' => next == c || previous == c,
                '&' => EntityAt().IsMatch(text.AsSpan(i)),
                _ => false,
            };
            if (escape)
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Escapes what would start a block at the beginning of each line of a paragraph: headings, quotes, list items, rules.</summary>
    public static string LineStarts(string paragraph)
    {
        if (paragraph.Length == 0)
        {
            return paragraph;
        }

        var lines = paragraph.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = LineStart(lines[i]);
        }

        return string.Join('\n', lines);
    }

    private static string LineStart(string line)
    {
        if (line.Length == 0)
        {
            return line;
        }

        if (line[0] is '#' or '>' or '=' or '+' or '-' or ':')
        {
            return "\\" + line;
        }

        var number = OrderedMarker().Match(line);
        return number.Success ? line[..number.Groups[1].Length] + "\\" + line[number.Groups[1].Length..] : line;
    }

    [GeneratedRegex(@"^&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")]
    private static partial Regex EntityAt();

    [GeneratedRegex(@"^([0-9]{1,9})[.)](?: |$)")]
    private static partial Regex OrderedMarker();
}
