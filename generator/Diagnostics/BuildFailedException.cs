namespace Broadsheet.Diagnostics;

/// <summary>A build stopped by errors in the user's input: printed as diagnostics, never as a stack trace.</summary>
public sealed class BuildFailedException : Exception
{
    public BuildFailedException(IReadOnlyList<Diagnostic> diagnostics)
        : base($"the build failed with {diagnostics.Count(d => d.Severity == Severity.Error)} error(s)")
    {
        Diagnostics = diagnostics;
    }

    public BuildFailedException()
        : this([])
    {
    }

    public BuildFailedException(string message)
        : base(message)
    {
        Diagnostics = [];
    }

    public BuildFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Diagnostics = [];
    }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
