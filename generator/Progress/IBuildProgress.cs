namespace Broadsheet.Progress;

/// <summary>Told what a build is doing while it does it: each stage as it starts and ends, and each page rendered.</summary>
public interface IBuildProgress
{
    void StageStarted(BuildStage stage);

    /// <summary>A stage ended, taking <see cref="StageTiming.Elapsed"/> and allocating <see cref="StageTiming.AllocatedBytes"/>.</summary>
    void StageFinished(StageTiming timing);

    /// <summary>Rendering is about to start on <paramref name="total"/> pages.</summary>
    void PagesToRender(int total);

    /// <summary>One more page was rendered and written; called from many threads at once.</summary>
    void PageRendered();
}
