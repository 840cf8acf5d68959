using System.Buffers;
using System.Text;
using Broadsheet.Diagnostics;

namespace Broadsheet.Load;

/// <summary>Decodes a content file strictly as UTF-8: a bad byte is an error, never a replacement character.</summary>
public static class SourceText
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads a file and decodes it as <see cref="TryDecode(ReadOnlySpan{byte}, string, DiagnosticBag, out string)"/> does, its bytes read into a pooled buffer.</summary>
    public static bool TryRead(string fullPath, string displayPath, DiagnosticBag diagnostics, out string text)
    {
        var decoded = Read(fullPath, bytes => TryDecode(bytes, displayPath, diagnostics, out var text) ? text : null);
        text = decoded ?? "";
        return decoded is not null;
    }

    /// <summary>Gives the bytes of a file, read into a pooled buffer, to <paramref name="use"/>: they are only good during the call.</summary>
    public static T Read<T>(string fullPath, Func<ReadOnlySpan<byte>, T> use)
    {
        using var handle = File.OpenHandle(fullPath);
        var length = checked((int)RandomAccess.GetLength(handle));
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var read = 0;
            while (read < length && RandomAccess.Read(handle, buffer.AsSpan(read, length - read), read) is var count and > 0)
            {
                read += count;
            }

            return use(buffer.AsSpan(0, read));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public static bool TryDecode(byte[] bytes, string displayPath, DiagnosticBag diagnostics, out string text) =>
        TryDecode(bytes.AsSpan(), displayPath, diagnostics, out text);

    public static bool TryDecode(ReadOnlySpan<byte> bytes, string displayPath, DiagnosticBag diagnostics, out string text)
    {
        var start = bytes.StartsWith("\uFEFF"u8) ? 3 : 0;
        try
        {
            text = Strict.GetString(bytes[start..]).ReplaceLineEndings("\n");
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

    private static (int Line, int Column) Position(ReadOnlySpan<byte> bytes, int offset)
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
        return (line, Strict.GetCharCount(bytes[lineStart..Math.Min(offset, bytes.Length)]) + 1);
    }
}
