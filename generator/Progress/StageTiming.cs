namespace Broadsheet.Progress;

/// <summary>
/// How long one stage of a build took, the processor time the process used meanwhile (over all threads, user and
/// system: up to the number of cores times the wall time), and how much memory it allocated.
/// </summary>
public sealed record StageTiming(BuildStage Stage, TimeSpan Elapsed, long AllocatedBytes = 0, TimeSpan Cpu = default)
{
    /// <summary>The stage as summaries name it: "load", "model", "graph", "render+write", "search", "books", "images", "check".</summary>
    public static string NameOf(BuildStage stage) => stage == BuildStage.Render ? "render+write" : stage.ToString().ToLowerInvariant();
}
