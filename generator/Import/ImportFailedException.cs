using Broadsheet.Diagnostics;

namespace Broadsheet.Import;

/// <summary>The import cannot go on, for a reason the user can fix (a refused file, an input too large): one error, no stack trace.</summary>
public sealed class ImportFailedException : Exception
{
    public ImportFailedException()
    {
    }

    public ImportFailedException(string message)
        : base(message)
    {
    }

    public ImportFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ImportFailedException(SourceLocation location, string message)
        : base(message)
    {
        Location = location;
    }

    /// <summary>The file (and line and column) at fault, when there is one.</summary>
    public SourceLocation? Location { get; }

    /// <summary>The error as printed: <c>path:line:column: error: message</c>.</summary>
    public string Describe() => Location is null ? Message : Diagnostic.Error(Location, Message).ToString();
}
