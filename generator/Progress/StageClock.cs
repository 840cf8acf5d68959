using System.Diagnostics;

namespace Broadsheet.Progress;

/// <summary>
/// Times the stages of one build, one after another, with the bytes each allocated, and tells the progress listener
/// as each starts and ends.
/// </summary>
public sealed class StageClock(IBuildProgress? progress)
{
    private readonly List<StageTiming> _timings = [];
    private readonly Stopwatch _watch = new();
    private BuildStage? _current;
    private long _allocatedAtStart;
    private TimeSpan _cpuAtStart;

    public IReadOnlyList<StageTiming> Timings => _timings;

    /// <summary>The listener told of stages and pages; null for none.</summary>
    public IBuildProgress? Progress => progress;

    /// <summary>Ends the stage running now, if any, and starts <paramref name="stage"/>.</summary>
    public void Start(BuildStage stage)
    {
        Stop();
        _current = stage;
        _allocatedAtStart = GC.GetTotalAllocatedBytes(precise: false);
        _cpuAtStart = ProcessorTime();
        _watch.Restart();
        progress?.StageStarted(stage);
    }

    /// <summary>Ends the stage running now.</summary>
    public void Stop()
    {
        if (_current is not { } stage)
        {
            return;
        }

        _watch.Stop();
        var timing = new StageTiming(stage, _watch.Elapsed, GC.GetTotalAllocatedBytes(precise: false) - _allocatedAtStart, ProcessorTime() - _cpuAtStart);
        _timings.Add(timing);
        _current = null;
        progress?.StageFinished(timing);
    }

    private static TimeSpan ProcessorTime() => Environment.CpuUsage.TotalTime;
}
