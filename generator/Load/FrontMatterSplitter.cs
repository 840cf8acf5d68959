using Broadsheet.Common;
using Broadsheet.Diagnostics;

namespace Broadsheet.Load;

/// <summary>Splits a Markdown file into its YAML front matter and its body, keeping line numbers.</summary>
public static class FrontMatterSplitter
{
    /// <summary>The parts of a file; <c>Yaml</c> is null when the file has no front matter at all.</summary>
    /// <param name="Text">The whole file, whose body starts at <paramref name="BodyStart"/>: a body that is only hashed is never copied out.</param>
    public sealed record Parts(string? Yaml, int YamlLine, string Text, int BodyStart, int BodyLine)
    {
        public string Body => Text[BodyStart..];

        public ReadOnlySpan<char> BodySpan => Text.AsSpan(BodyStart);
    }

    public static Parts? Split(SourceFile file, DiagnosticBag diagnostics)
    {
        var text = file.Text;
        if (!IsFence(FirstLine(text, 0), "---"))
        {
            return new Parts(null, 1, text, 0, 1);
        }

        var yamlStart = NextLineStart(text, 0);
        var position = yamlStart;
        var line = 2;
        while (position < text.Length)
        {
            var current = FirstLine(text, position);
            if (IsFence(current, "---") || IsFence(current, "..."))
            {
                var bodyStart = NextLineStart(text, position);
                return new Parts(text[yamlStart..position], 2, text, bodyStart, line + 1);
            }

            position = NextLineStart(text, position);
            line++;
        }

        diagnostics.Error(
            new SourceLocation(file.DisplayPath, 1, 1),
            "the front matter opened here is never closed; add a line '---' after its last key");
        return null;
    }

    private static bool IsFence(ReadOnlySpan<char> line, string fence) =>
        line.TrimEnd().SequenceEqual(fence);

    private static ReadOnlySpan<char> FirstLine(string text, int start)
    {
        var end = text.IndexOf('\n', start);
        return end < 0 ? text.AsSpan(start) : text.AsSpan(start, end - start);
    }

    private static int NextLineStart(string text, int start)
    {
        var end = text.IndexOf('\n', start);
        return end < 0 ? text.Length : end + 1;
    }
}
