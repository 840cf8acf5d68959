using Broadsheet.Common;
using Broadsheet.Diagnostics;

namespace Broadsheet.Load;

/// <summary>
/// A content file (an article, issue, topic or author) as the Load stage leaves it: its front matter parsed, and its
/// body reduced to a <see cref="BodyDigest"/> (an archive's bodies are most of its size; each is read again when a
/// page or book shows it).
/// </summary>
/// <param name="FrontMatter">Null when the file could not be split or parsed; <paramref name="Problems"/> says why.</param>
/// <param name="ReadBody">Reads the body again: from its file, or, for text that has no file, from memory.</param>
/// <param name="Problems">
/// What splitting and parsing found wrong. The Model stage reports them with its own findings, so that bad YAML in one
/// file and an unknown topic in another are listed together, as when the Model stage did the parsing.
/// </param>
public sealed record ParsedSource(
    string DisplayPath,
    string SitePath,
    FrontMatterMapping? FrontMatter,
    BodyDigest Body,
    Func<string> ReadBody,
    IReadOnlyList<Diagnostic> Problems)
{
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
