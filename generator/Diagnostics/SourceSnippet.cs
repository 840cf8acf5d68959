using System.Text;

namespace Broadsheet.Diagnostics;

/// <summary>The line a diagnostic points at, cut to a readable width, and the column under which its caret goes.</summary>
/// <param name="Line">The 1-based line number.</param>
/// <param name="Text">The line as it is printed: control characters replaced, long lines cut around the column with '…'.</param>
/// <param name="Caret">The 0-based index in <paramref name="Text"/> the caret points at (may be <c>Text.Length</c>, the end of the line).</param>
public sealed record SourceSnippet(int Line, string Text, int Caret)
{
    /// <summary>What to print before the caret so that it lines up: a tab for a tab, two spaces for a wide character.</summary>
    public string CaretPadding()
    {
        var padding = new StringBuilder(Caret);
        for (var i = 0; i < Caret && i < Text.Length; i++)
        {
            var c = Text[i];
            if (c == '\t')
            {
                padding.Append('\t');
            }
            else if (char.IsHighSurrogate(c) && i + 1 < Text.Length)
            {
                padding.Append(IsWide(char.ConvertToUtf32(c, Text[i + 1])) ? "  " : " ");
                i++;
            }
            else
            {
                padding.Append(IsWide(c) ? "  " : " ");
            }
        }

        return padding.ToString();
    }

    /// <summary>East Asian wide characters and emoji take two columns in a terminal.</summary>
    private static bool IsWide(int c) =>
        c is (>= 0x1100 and <= 0x115F) or (>= 0x2E80 and <= 0xA4CF) or (>= 0xAC00 and <= 0xD7A3) or (>= 0xF900 and <= 0xFAFF)
            or (>= 0xFE30 and <= 0xFE4F) or (>= 0xFF00 and <= 0xFF60) or (>= 0xFFE0 and <= 0xFFE6) or (>= 0x1F300 and <= 0x1FAFF)
            or (>= 0x20000 and <= 0x3FFFD);
}
