using Broadsheet.Common;
using Broadsheet.Diagnostics;

namespace Broadsheet.Load;

/// <summary>
/// Reads a content file's body again, as Load first read it, for a model that does not keep every body in memory
/// (an archive's bodies are most of its size).
/// </summary>
public static class BodyReader
{
    /// <summary>A function that reads the body of <paramref name="file"/> again from disk; null when it has no file.</summary>
    /// <remarks>It holds the file's path, never its text.</remarks>
    public static Func<string>? For(SourceFile file)
    {
        if (file.FullPath is not { } fullPath)
        {
            return null;
        }

        return For(fullPath, file.DisplayPath);
    }

    /// <summary>A function that reads the body of the file at <paramref name="fullPath"/> again from disk.</summary>
    public static Func<string> For(string fullPath, string displayPath) => () => Read(fullPath, displayPath);

    public static string Read(string fullPath, string displayPath)
    {
        var diagnostics = new DiagnosticBag();

        // Read once. Most files: only the body is decoded, from where it starts in the bytes; others are decoded and split whole.
        var body = SourceText.Read(fullPath, bytes =>
            FrontMatterSplitter.BodyStartInBytes(bytes) is var start and >= 0
                ? SourceText.TryDecode(bytes[start..], displayPath, diagnostics, out var text) ? text : null
                : SourceText.TryDecode(bytes, displayPath, diagnostics, out var whole)
                    ? FrontMatterSplitter.Split(new SourceFile(displayPath, "", whole), diagnostics)?.Body
                    : null);
        if (body is not null)
        {
            return body;
        }

        throw new IOException($"{displayPath} changed while the site was being built; build it again");
    }
}
