using System.Text;
using Broadsheet.Diagnostics;

namespace Broadsheet.Load;

/// <summary>Decodes a content file strictly as UTF-8: a bad byte is an error, never a replacement character.</summary>
public static class SourceText
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static bool TryDecode(byte[] bytes, string displayPath, DiagnosticBag diagnostics, out string text)
    {
        var start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        try
        {
            text = Strict.GetString(bytes, start, bytes.Length - start).ReplaceLineEndings("\n");
            return true;
        }
        catch (DecoderFallbackException e)
        {
            var offset = start + Math.Max(0, e.Index);
            var (line, column) = Position(bytes, offset);
            diagnostics.Error(
                new SourceLocation(displayPath, line, column),
                $"the file is not valid UTF-8 (bad byte at offset {offset}); save it as UTF-8");
            text = "";
            return false;
        }
    }

    private static (int Line, int Column) Position(byte[] bytes, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        // Columns count characters, as editors do; the bytes before the bad one on its line are valid UTF-8.
        return (line, Strict.GetCharCount(bytes, lineStart, Math.Min(offset, bytes.Length) - lineStart) + 1);
    }
}
