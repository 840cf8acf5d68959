using Broadsheet.Diagnostics;

namespace Broadsheet.Cli.Output;

/// <summary>
/// Prints diagnostics as a compiler does: <c>path:line:col: error: message</c>, then the line it points at with a caret
/// under the column; coloured when the style says so.
/// </summary>
public sealed class DiagnosticPrinter(TextWriter writer, TextStyle style, SourceLines? lines = null)
{
    private readonly SourceLines _lines = lines ?? new SourceLines();

    public void Print(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Print(diagnostic);
        }
    }

    public void Print(Diagnostic diagnostic)
    {
        var severity = diagnostic.Severity == Severity.Error ? style.Red("error:") : style.Yellow("warning:");
        writer.WriteLine($"{style.Bold($"{diagnostic.Location}:")} {severity} {style.Bold(diagnostic.Message)}");
        if (_lines.Snippet(diagnostic.Location) is not { } snippet)
        {
            return;
        }

        var number = snippet.Line.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(5);
        writer.WriteLine($"{style.Blue($"{number} |")} {snippet.Text}");
        writer.WriteLine($"{style.Blue($"{new string(' ', number.Length)} |")} {snippet.CaretPadding()}{style.Green("^")}");
    }

    /// <summary>"2 errors, 1 warning".</summary>
    public static string Count(IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count - errors;
        return $"{errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}";
    }
}
