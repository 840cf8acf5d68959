using Broadsheet.Common;
using Broadsheet.Load;

namespace Broadsheet.Model;

/// <summary>
/// A Markdown body and where it sits in its file, so positions inside it can be reported. A body may be kept out of
/// memory: then <see cref="Text"/> reads it again from its file each time, and fails if the file changed since it was loaded.
/// </summary>
public sealed record MarkdownText
{
    private readonly string? _text;
    private readonly Func<string>? _read;
    private readonly BodyHash _hash;

    /// <summary>A body kept in memory.</summary>
    /// <param name="firstLine">The 1-based file line of the body's first line.</param>
    /// <param name="source">The file's path in the source folder (<see cref="Source"/>); the display path when not given.</param>
    public MarkdownText(string text, string displayPath, int firstLine, string? source = null)
        : this(BodyDigest.Of(text, firstLine), displayPath, source ?? displayPath)
    {
        _text = text;
    }

    /// <summary>A body not kept in memory: <paramref name="read"/> reads the text <paramref name="digest"/> was made of again when it is needed.</summary>
    /// <param name="source">The file's path in the source folder (<see cref="Source"/>).</param>
    public MarkdownText(BodyDigest digest, string displayPath, string source, Func<string> read)
        : this(digest, displayPath, source)
    {
        _read = read;
    }

    private MarkdownText(BodyDigest digest, string displayPath, string source)
    {
        _hash = digest.Hash;
        DisplayPath = displayPath;
        Source = source;
        FirstLine = digest.FirstLine;
        IsEmpty = digest.IsEmpty;
        Hash = _hash.ToString();
    }

    public string Text => _text ?? ReadAgain();

    /// <summary>The file as messages name it, from the working folder.</summary>
    public string DisplayPath { get; }

    /// <summary>
    /// The file's path in the source folder, e.g. <c>articles/2014/10/x.md</c>: what names the text in fingerprints and
    /// memos, the same from whichever folder the build is run.
    /// </summary>
    public string Source { get; }

    /// <summary>The 1-based file line of the body's first line.</summary>
    public int FirstLine { get; }

    public bool IsEmpty { get; }

    /// <summary>The XXH128 hash of the body's UTF-8 bytes, in 32 lowercase hex digits: the same text has the same hash on every run.</summary>
    public string Hash { get; }

    public bool Equals(MarkdownText? other) =>
        other is not null && _hash == other._hash && DisplayPath == other.DisplayPath && Source == other.Source && FirstLine == other.FirstLine;

    public override int GetHashCode() => HashCode.Combine(_hash, Source, FirstLine);

    private string ReadAgain()
    {
        string text;
        try
        {
            text = _read!();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SourceChangedException(DisplayPath, $"the file could not be read again while the site was being built ({e.Message})", e);
        }

        if (BodyDigest.HashOf(text) != _hash)
        {
            throw new SourceChangedException(DisplayPath, "the file changed while the site was being built");
        }

        return text;
    }
}
