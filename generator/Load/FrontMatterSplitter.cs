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

    /// <summary>
    /// Where <see cref="Split"/> would find the body, found in a file's bytes without decoding them, when the lines up to
    /// it are plain ASCII ending in '\n', as nearly every file's are; -1 when it cannot be told so simply (another line
    /// end, a character beyond ASCII, a front matter never closed, a body that starts with a byte-order mark), and the
    /// whole file must be decoded and split.
    /// </summary>
    public static int BodyStartInBytes(ReadOnlySpan<byte> bytes)
    {
        var bom = bytes.StartsWith("\uFEFF"u8) ? 3 : 0;
        var position = bom;
        while (true)
        {
            var end = bytes[position..].IndexOf((byte)'\n');
            var line = end < 0 ? bytes[position..] : bytes.Slice(position, end);
            if (line.ContainsAnyExcept(PlainBytes))
            {
                return -1;
            }

            var next = end < 0 ? bytes.Length : position + end + 1;
            if (position == bom)
            {
                if (!IsFence(line, "---"u8))
                {
                    return bom;
                }
            }
            else if (IsFence(line, "---"u8) || IsFence(line, "..."u8))
            {
                return bytes[next..].StartsWith("\uFEFF"u8) ? -1 : next;
            }

            if (end < 0)
            {
                return -1;
            }

            position = next;
        }
    }

    // Printable ASCII, the tab and the vertical tab: a line of only these reads the same as bytes and as text.
    private static readonly System.Buffers.SearchValues<byte> PlainBytes =
        System.Buffers.SearchValues.Create([.. Enumerable.Range(0x20, 0x7F - 0x20).Select(b => (byte)b), (byte)'\t', (byte)'\v']);

    private static bool IsFence(ReadOnlySpan<byte> line, ReadOnlySpan<byte> fence) =>
        line.TrimEnd(" \t\v"u8).SequenceEqual(fence);

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
