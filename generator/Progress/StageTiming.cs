namespace Broadsheet.Progress;

/// <summary>How long one stage of a build took, and how much memory it allocated (over all threads) while it ran.</summary>
public sealed record StageTiming(BuildStage Stage, TimeSpan Elapsed, long AllocatedBytes = 0)
{
    /// <summary>The stage as summaries name it: "load", "model", "link", "render+write", "search", "epub", "check".</summary>
    public static string NameOf(BuildStage stage) => stage == BuildStage.Render ? "render+write" : stage.ToString().ToLowerInvariant();
}
