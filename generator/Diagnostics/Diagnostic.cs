namespace Broadsheet.Diagnostics;

/// <summary>One problem found in the user's content or templates, with where it is.</summary>
public sealed record Diagnostic(Severity Severity, SourceLocation Location, string Message)
{
    public static Diagnostic Error(SourceLocation location, string message) => new(Severity.Error, location, message);

    public static Diagnostic Warning(SourceLocation location, string message) => new(Severity.Warning, location, message);

    /// <summary>The clickable one-line form: <c>path:line:column: error: message</c>.</summary>
    public override string ToString() =>
        $"{Location}: {(Severity == Severity.Error ? "error" : "warning")}: {Message}";

    /// <summary>Orders diagnostics by path, line, column, then message, so output is stable.</summary>
    public static int Compare(Diagnostic a, Diagnostic b)
    {
        var byPath = string.CompareOrdinal(a.Location.Path, b.Location.Path);
        if (byPath != 0)
        {
            return byPath;
        }

        var byLine = a.Location.Line.CompareTo(b.Location.Line);
        if (byLine != 0)
        {
            return byLine;
        }

        var byColumn = a.Location.Column.CompareTo(b.Location.Column);
        return byColumn != 0 ? byColumn : string.CompareOrdinal(a.ToString(), b.ToString());
    }
}
