using Broadsheet.Common;
using Broadsheet.Diagnostics;

namespace Broadsheet.Load;

/// <summary>
/// A content file (an article, issue, topic or author) as the Load stage leaves it: its front matter parsed, and its
/// body reduced to a <see cref="BodyDigest"/> (an archive's bodies are most of its size; each is read again when a
/// page or book shows it).
/// </summary>
/// <param name="ReadBody">Reads the body again: from its file, or, for text that has no file, from memory.</param>
/// <param name="Problems">
/// What splitting and parsing found wrong. The Model stage reports them with its own findings, so that bad YAML in one
/// file and an unknown topic in another are listed together, as when the Model stage did the parsing.
/// </param>
public sealed record ParsedSource(
    string DisplayPath,
    string SitePath,
    BodyDigest Body,
    Func<string> ReadBody,
    IReadOnlyList<Diagnostic> Problems)
{
    private readonly FrontMatterMapping? _frontMatter;
    private readonly SourceCacheEntry? _kept;

    /// <param name="frontMatter">Null when the file could not be split or parsed; <paramref name="problems"/> says why.</param>
    public ParsedSource(string displayPath, string sitePath, FrontMatterMapping? frontMatter, BodyDigest body, Func<string> readBody, IReadOnlyList<Diagnostic> problems)
        : this(displayPath, sitePath, body, readBody, problems)
    {
        _frontMatter = frontMatter;
    }

    /// <summary>A file whose parse the cache kept: its front matter is made from the entry's bytes only when it is asked for.</summary>
    public static ParsedSource Kept(string displayPath, string sitePath, SourceCacheEntry entry, Func<string> readBody) =>
        new(displayPath, sitePath, entry, readBody);

    private ParsedSource(string displayPath, string sitePath, SourceCacheEntry kept, Func<string> readBody)
        : this(displayPath, sitePath, kept.Body, readBody, [])
    {
        _kept = kept;
    }

    /// <summary>Null when the file could not be split or parsed; <see cref="Problems"/> says why.</summary>
    public FrontMatterMapping? FrontMatter => _frontMatter ?? _kept?.FrontMatter;

    /// <summary>What the last build's Model stage made of the file, when the cache kept it (<see cref="SourceCacheEntry.Checked"/>).</summary>
    public byte[]? Checked => _kept?.Checked;

    /// <summary>Splits and parses a content file's text.</summary>
    public static ParsedSource Parse(SourceFile file)
    {
        var problems = new DiagnosticBag();
        var document = FrontMatterParser.Parse(file, problems);
        if (document is null)
        {
            return new ParsedSource(file.DisplayPath, file.SitePath, null, default, () => "", problems.Sorted());
        }

        return new ParsedSource(
            file.DisplayPath,
            file.SitePath,
            document.FrontMatter,
            BodyDigest.Of(document.Parts.BodySpan, document.BodyLine),
            BodyReader.For(file) ?? (() => document.Body),
            problems.Sorted());
    }
}
