namespace Broadsheet.Diagnostics;

/// <summary>A 1-based position in a file, with the path as the user should see it.</summary>
[Common.MessagesOnly]
public sealed record SourceLocation(string Path, int Line, int Column)
{
    /// <summary>A location that names a whole file rather than a place in it.</summary>
    public static SourceLocation File(string path) => new(path, 1, 1);

    /// <summary>A command-line option rather than a place in a file: printed as <c>--output: error: ...</c>.</summary>
    public static SourceLocation Option(string option) => new(option, 0, 0);

    public override string ToString() => Line == 0 ? Path : $"{Path}:{Line}:{Column}";
}
