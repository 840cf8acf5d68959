namespace Broadsheet.Diagnostics;

/// <summary>Collects the diagnostics of one build; safe to add to from parallel stages.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _lock = new();

    public void Add(Diagnostic diagnostic)
    {
        lock (_lock)
        {
            _items.Add(diagnostic);
        }
    }

    public void Error(SourceLocation location, string message) => Add(Diagnostic.Error(location, message));

    public void Warning(SourceLocation location, string message) => Add(Diagnostic.Warning(location, message));

    public bool HasErrors
    {
        get
        {
            lock (_lock)
            {
                return _items.Exists(d => d.Severity == Severity.Error);
            }
        }
    }

    /// <summary>Every diagnostic so far, sorted by path, line and column.</summary>
    public IReadOnlyList<Diagnostic> Sorted()
    {
        lock (_lock)
        {
            var copy = _items.Distinct().ToList();
            copy.Sort(Diagnostic.Compare);
            return copy;
        }
    }

    /// <summary>With --warnings-as-errors, warnings stop the build as errors do.</summary>
    public bool WarningsAsErrors { get; init; }

    /// <summary>Stops the build after a stage that reported errors (or warnings, with <see cref="WarningsAsErrors"/>).</summary>
    public void ThrowIfErrors()
    {
        if (HasErrors || (WarningsAsErrors && Sorted().Count > 0))
        {
            throw new BuildFailedException(Sorted());
        }
    }
}
