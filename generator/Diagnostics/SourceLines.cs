using System.Text;

namespace Broadsheet.Diagnostics;

/// <summary>
/// Reads the lines diagnostics point at, from the files as they are when the diagnostics are printed; each file is read
/// once. Paths are relative to the working folder, as diagnostics give them.
/// </summary>
public sealed class SourceLines
{
    /// <summary>Lines longer than this are cut around the column, so a minified page still prints readably.</summary>
    public const int MaxWidth = 120;

    private const long MaxFileSize = 64 * 1024 * 1024;
    private static readonly UTF8Encoding Lenient = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private readonly Dictionary<string, string[]?> _files = new(StringComparer.Ordinal);
    private readonly string? _unreadableFolder;

    /// <param name="unreadableFolder">A folder whose files no longer hold what was checked (the output after a failed build).</param>
    public SourceLines(string? unreadableFolder = null)
    {
        _unreadableFolder = unreadableFolder is null ? null : Path.TrimEndingDirectorySeparator(Path.GetFullPath(unreadableFolder));
    }

    /// <summary>The line at <paramref name="location"/>, or null when there is no such file or line.</summary>
    public SourceSnippet? Snippet(SourceLocation location)
    {
        if (location.Line < 1 || location.Column < 1 || Lines(location.Path) is not { } lines || location.Line > lines.Length)
        {
            return null;
        }

        var line = Printable(lines[location.Line - 1]);
        var caret = Math.Min(location.Column - 1, line.Length);
        if (line.Length <= MaxWidth)
        {
            return new SourceSnippet(location.Line, line.TrimEnd(), caret);
        }

        var start = Math.Max(0, Math.Min(caret - (MaxWidth / 2), line.Length - MaxWidth));
        var end = Math.Min(line.Length, start + MaxWidth);
        var text = (start > 0 ? "…" : "") + line[start..end] + (end < line.Length ? "…" : "");
        return new SourceSnippet(location.Line, text, caret - start + (start > 0 ? 1 : 0));
    }

    private string[]? Lines(string path)
    {
        if (!_files.TryGetValue(path, out var lines))
        {
            lines = Read(path);
            _files[path] = lines;
        }

        return lines;
    }

    private string[]? Read(string path)
    {
        try
        {
            var full = Path.GetFullPath(path);
            var info = new FileInfo(full);

            // A symbolic link may lead out of the source folder, and the build never reads there: neither does this.
            if (!info.Exists || info.LinkTarget is not null || info.Length > MaxFileSize
                || (_unreadableFolder is not null && full.StartsWith(_unreadableFolder + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
            {
                return null;
            }

            var bytes = File.ReadAllBytes(full);
            var start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
            return Lenient.GetString(bytes, start, bytes.Length - start).ReplaceLineEndings("\n").Split('\n');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>A line safe to print to a terminal: control characters (but tabs) shown as '?'; the length stays the same.</summary>
    private static string Printable(string line) =>
        line.Any(c => char.IsControl(c) && c != '\t')
            ? string.Concat(line.Select(c => char.IsControl(c) && c != '\t' ? '?' : c))
            : line;
}
