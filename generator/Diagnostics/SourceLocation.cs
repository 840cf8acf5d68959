namespace Broadsheet.Diagnostics;

/// <summary>A 1-based position in a file, with the path as the user should see it.</summary>
public sealed record SourceLocation(string Path, int Line, int Column)
{
    /// <summary>A location that names a whole file rather than a place in it.</summary>
    public static SourceLocation File(string path) => new(path, 1, 1);

    public override string ToString() => $"{Path}:{Line}:{Column}";
}
