using System.Runtime;
using Broadsheet.Build;
using Broadsheet.Cache;

namespace Broadsheet.Cli;

/// <summary>
/// Keeps the garbage collector from running while a build that follows another (an edit build) allocates its first
/// <see cref="Budget"/> bytes. Most of what such a build allocates is the last build's state, read whole and alive to its
/// end, so a collection there copies much and frees little; at 10,000 articles an edit build allocates about 140 MB and
/// takes 7 % less time without one (bench/README.md, "A build that follows another"). A build that allocates more ends
/// the hold, and the collector works as usual from there; a first build is not held.
/// </summary>
/// <remarks>
/// The hold is the process's: it belongs to the command, which runs one build in its own process, not to
/// <see cref="SiteBuild"/>, which serve and the tests run many times in one.
/// </remarks>
internal sealed class CollectorHold : IDisposable
{
    public const long Budget = 256L << 20;

    private readonly bool _started;

    private CollectorHold(bool started) => _started = started;

    /// <summary>Whether the collector is held now: started, and not ended by allocating past the budget.</summary>
    public bool Holding => _started && GCSettings.LatencyMode == GCLatencyMode.NoGCRegion;

    public static CollectorHold For(BuildOptions options) =>
        new(BuildMemo.HasPrevious(options.Cache, options.Memory) && TryStart());

    public void Dispose()
    {
        if (Holding)
        {
            try
            {
                GC.EndNoGCRegion();
            }
            catch (InvalidOperationException)
            {
                // Ended by an allocation past the budget between the look and the call.
            }
        }
    }

    private static bool TryStart()
    {
        try
        {
            return GC.TryStartNoGCRegion(Budget);
        }
        catch (InvalidOperationException)
        {
            // Another build in this process holds it already.
            return false;
        }
    }
}
