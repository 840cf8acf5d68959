using System.Diagnostics;
using System.Runtime;

namespace Broadsheet.Cli.Output;

/// <summary>What the build cost the process beyond its stages' times, for --verbose: memory, garbage collection and the JIT.</summary>
/// <param name="PeakWorkingSet">The process's peak working set, in bytes.</param>
/// <param name="Collections">Garbage collections of generations 0, 1 and 2 (a collection of gen 2 counts in all three).</param>
/// <param name="Paused">How long the collections stopped the program.</param>
/// <param name="MethodsJitted">Methods compiled at run time: those without precompiled code, and hot ones compiled again.</param>
/// <param name="Jitting">The time the JIT spent compiling them, over all threads.</param>
public sealed record ProcessFigures(long PeakWorkingSet, (int Gen0, int Gen1, int Gen2) Collections, TimeSpan Paused, long MethodsJitted, TimeSpan Jitting)
{
    /// <summary>This process's figures now.</summary>
    public static ProcessFigures Now()
    {
        using var process = Process.GetCurrentProcess();
        return new ProcessFigures(
            process.PeakWorkingSet64,
            (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)),
            GC.GetTotalPauseDuration(),
            JitInfo.GetCompiledMethodCount(),
            JitInfo.GetCompilationTime());
    }
}
