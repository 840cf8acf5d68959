using System.Collections.Concurrent;

namespace Broadsheet.Common;

/// <summary>Concurrent dictionaries that many threads fill with thousands of entries.</summary>
public static class ConcurrentTable
{
    /// <summary>
    /// Locks striped this many to a core: with the default (one a core) and the default size, threads adding thousands of
    /// entries wait on each other's locks, and on every resize, which takes them all.
    /// </summary>
    private const int LocksPerCore = 8;

    /// <summary>A dictionary sized for <paramref name="expected"/> entries (as many as the last build had, say), keyed by ordinal strings.</summary>
    public static ConcurrentDictionary<string, TValue> ByString<TValue>(int expected) =>
        new(Environment.ProcessorCount * LocksPerCore, Math.Max(expected, 31), StringComparer.Ordinal);
}
