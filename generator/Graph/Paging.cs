namespace Broadsheet.Graph;

/// <summary>Where a page sits in a paginated list: its number and the paths of every page of the list.</summary>
public sealed record Paging(int Number, IReadOnlyList<string> PagePaths)
{
    public int Count => PagePaths.Count;

    /// <summary>Splits <paramref name="items"/> into pages of <paramref name="size"/>; an empty list still has one (empty) page.</summary>
    public static IEnumerable<(Paging Paging, IReadOnlyList<T> Items)> Split<T>(IReadOnlyList<T> items, int size, string firstPath)
    {
        var count = Math.Max(1, (items.Count + size - 1) / size);
        var paths = Enumerable.Range(1, count).Select(n => OutputPath.Paged(firstPath, n)).ToList();
        for (var n = 1; n <= count; n++)
        {
            yield return (new Paging(n, paths), items.Skip((n - 1) * size).Take(size).ToList());
        }
    }
}
