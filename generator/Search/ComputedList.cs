using System.Collections;

namespace Broadsheet.Search;

/// <summary>A read-only list whose items are computed each time they are read, and never kept.</summary>
internal sealed class ComputedList<T>(int count, Func<int, T> item) : IReadOnlyList<T>
{
    public int Count => count;

    public T this[int index] => (uint)index < (uint)count ? item(index) : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < count; i++)
        {
            yield return item(i);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
