using Broadsheet.Build;
using Broadsheet.Diagnostics;

namespace Broadsheet.Cli.Serve;

/// <summary>How one build of serve ended: the result of a build that succeeded, or the diagnostics of one that failed.</summary>
public sealed record BuildOutcome(BuildResult? Result, IReadOnlyList<Diagnostic> Diagnostics, TimeSpan Elapsed)
{
    public bool Succeeded => Result is not null;
}
