using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;
using Broadsheet.Build;
using Broadsheet.Cache;

namespace Broadsheet.Cli;

/// <summary>
/// Keeps the garbage collector from running while a build that follows another (an edit build) allocates what such a
/// build takes, and asks for that memory in large pages. Most of what an edit build allocates is the last build's state,
/// read whole and alive to its end, so a collection copies much and frees little; and on a virtual machine where each
/// first touch of a 4 KB page is dear, memory met for the first time is most of the build's time (bench/README.md,
/// "A build that follows another"). A build that allocates more than the budget ends the hold, and the collector works as
/// usual from there; a first build is not held.
/// </summary>
/// <remarks>
/// The hold is the process's: it belongs to the command, which runs one build in its own process, not to
/// <see cref="SiteBuild"/>, which serve and the tests run many times in one.
/// </remarks>
internal sealed class CollectorHold : IDisposable
{
    /// <summary>What an edit build allocates for each byte of the state it reads: 136 MB for 22 MB at 10,000 articles.</summary>
    public const int PerStateByte = 8;

    public const long LeastBudget = 16L << 20;

    /// <summary>
    /// The most a build is let allocate uncollected. An archive whose edit builds would take more (a state over 32 MB, some
    /// 15,000 articles) is not held: a full build of 100,000 articles after another, held for its first 512 MB, took 99 to
    /// 106 s against 79 to 91 s unheld.
    /// </summary>
    public const long MostBudget = 256L << 20;

    private readonly bool _started;

    private CollectorHold(bool started) => _started = started;

    /// <summary>Whether the collector is held now: started, and not ended by allocating past the budget.</summary>
    public bool Holding => _started && GCSettings.LatencyMode == GCLatencyMode.NoGCRegion;

    /// <summary>The bytes a build may allocate before the collector runs: none for a build that follows none.</summary>
    public static long BudgetFor(BuildOptions options)
    {
        try
        {
            return BudgetForState(BuildMemo.PreviousStateBytes(options.Cache, options.Memory));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A cache file gone or unreadable as it is looked at: the build finds out what it can use, and is not held.
            return 0;
        }
    }

    /// <summary>The budget for a state of <paramref name="stateBytes"/> (none for none); none for an archive too large to hold.</summary>
    internal static long BudgetForState(long stateBytes) =>
        stateBytes <= 0 || stateBytes * PerStateByte > MostBudget ? 0 : Math.Max(stateBytes * PerStateByte, LeastBudget);

    public static CollectorHold For(BuildOptions options) => new(BudgetFor(options) is var budget and > 0 && TryStart(budget));

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

    private static bool TryStart(long budget)
    {
        try
        {
            if (!GC.TryStartNoGCRegion(budget))
            {
                return false;
            }
        }
        catch (InvalidOperationException)
        {
            // Another build in this process holds it already.
            return false;
        }
        catch (ArgumentOutOfRangeException)
        {
            // More than this collector can set aside at once.
            return false;
        }

        AskForHugePages();
        return true;
    }

    /// <summary>
    /// Asks Linux to back the collector's memory with 2 MB pages rather than 4 KB ones. The collector commits its memory
    /// just ahead of what it hands out, in pieces too small for a large page; the budget is committed at once, so it can be
    /// faulted in and zeroed a large page at a time: an edit build at 10,000 articles takes 7,000 page faults rather than
    /// 43,000 (bench/README.md). Where transparent huge pages are off, or on another system, nothing changes.
    /// </summary>
    private static void AskForHugePages()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        // The collector's memory is one reservation, committed in parts: the run of adjacent anonymous mappings that holds
        // an object just made.
        try
        {
            if (AnonymousRunAround(AddressOfNewObject()) is var (start, end))
            {
                _ = Madvise((nint)start, (nuint)(end - start), MadviseHugePage);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or OverflowException or EntryPointNotFoundException or DllNotFoundException)
        {
            // Nothing to ask, or no one to ask it of.
        }
    }

    /// <summary>Where an object made now lies: in the memory the collector hands out next.</summary>
    internal static long AddressOfNewObject()
    {
        var probe = GCHandle.Alloc(new byte[16], GCHandleType.Pinned);
        var at = (long)probe.AddrOfPinnedObject();
        probe.Free();
        return at;
    }

    /// <summary>The mappings of /proc/self/maps (in address order) that touch end to end, name no file, and hold <paramref name="address"/>.</summary>
    private static (long Start, long End)? AnonymousRunAround(long address)
    {
        long runStart = 0, runEnd = -1;
        foreach (var line in File.ReadLines("/proc/self/maps"))
        {
            // start-end perms offset device inode [path]
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var bounds = fields[0].Split('-');
            var (start, end) = (Hex(bounds[0]), Hex(bounds[1]));
            var anonymous = fields.Length == 5 && fields[4] == "0";
            if (!anonymous || start != runEnd)
            {
                if (runStart <= address && address < runEnd)
                {
                    break;
                }

                runStart = start;
            }

            runEnd = anonymous ? end : -1;
        }

        return runStart <= address && address < runEnd ? (runStart, runEnd) : null;
    }

    private static long Hex(string digits) => long.Parse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);

    private const int MadviseHugePage = 14;

    [DllImport("libc", EntryPoint = "madvise")]
    private static extern int Madvise(nint address, nuint length, int advice);
}
