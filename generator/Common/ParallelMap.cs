namespace Broadsheet.Common;

/// <summary>Work on a list spread over all cores, its results kept in the list's order.</summary>
public static class ParallelMap
{
    /// <summary>
    /// <paramref name="map"/> applied to each item, on all cores; the results are in the items' order. (PLINQ's
    /// <c>AsOrdered</c> does the same by sorting what each thread returns, which cost more than the work here.)
    /// </summary>
    public static TResult[] Ordered<T, TResult>(IReadOnlyList<T> items, Func<T, TResult> map)
    {
        var results = new TResult[items.Count];
        Parallel.For(0, items.Count, i => results[i] = map(items[i]));
        return results;
    }
}
