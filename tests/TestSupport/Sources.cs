using Broadsheet.Diagnostics;
using Broadsheet.Load;

namespace Broadsheet.Tests.TestSupport;

/// <summary>Makes in-memory <see cref="SourceFile"/>s as the Load stage would, shown under <c>site-content/</c>.</summary>
public static class Sources
{
    public static SourceFile File(string sitePath, string text) => new($"site-content/{sitePath}", sitePath, text);

    /// <summary>A content file from its lines, joined with '\n': the easiest way to know each line's number.</summary>
    public static SourceFile Lines(string sitePath, params string[] lines) => LinesUnder("site-content/", sitePath, lines);

    /// <summary>As <see cref="Lines"/>, with messages naming the source folder <paramref name="shownUnder"/>, as from another working folder.</summary>
    public static SourceFile LinesUnder(string shownUnder, string sitePath, params string[] lines) =>
        new(shownUnder + sitePath, sitePath, string.Join('\n', lines) + "\n");

    /// <summary>Every diagnostic of a bag in its printed form, sorted.</summary>
    public static IReadOnlyList<string> Printed(this DiagnosticBag diagnostics) =>
        diagnostics.Sorted().Select(d => d.ToString()).ToList();
}
