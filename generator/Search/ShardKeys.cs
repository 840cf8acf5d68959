using System.Globalization;
using System.Text;

namespace Broadsheet.Search;

/// <summary>
/// Which shard file holds each term: all terms start in one group, and a group that would be too large is split by one
/// more character, as often as needed: "" into "a", "b", …, then "s" into "sa", "st", …, "st" into "sta", "ste", …
/// (the word "st" itself stays in "st"). A small archive gets one shard; a large one, shards like <c>t-str.js</c>.
/// search.js finds a term's shard as the longest key that starts the term, which is always the right one.
/// </summary>
public static class ShardKeys
{
    public const int FirstDepth = 0;
    public const int MaxDepth = 6;

    /// <summary>The shard key of each item, given the size each adds to its shard.</summary>
    /// <remarks>Items already in ordinal order (as an index's terms are) are not sorted again.</remarks>
    public static Dictionary<string, string> Assign(IEnumerable<(string Item, int Size)> items, int maxShardSize)
    {
        var sorted = items.ToArray();
        if (!InOrdinalOrder(sorted))
        {
            Array.Sort(sorted, (a, b) => string.CompareOrdinal(a.Item, b.Item));
        }

        var keys = new Dictionary<string, string>(sorted.Length, StringComparer.Ordinal);
        Assign(sorted, 0, sorted.Length, FirstDepth, maxShardSize, keys);
        return keys;
    }

    /// <summary>
    /// Assigns the items from <paramref name="start"/> up to <paramref name="end"/>, grouped by their first
    /// <paramref name="depth"/> characters: in ordinal order, the items of a group lie together.
    /// </summary>
    private static void Assign((string Item, int Size)[] items, int start, int end, int depth, int maxShardSize, Dictionary<string, string> keys)
    {
        while (start < end)
        {
            var first = items[start].Item;
            var keyLength = PrefixLength(first, depth);
            var groupEnd = start + 1;
            long size = items[start].Size;
            for (; groupEnd < end && HasPrefix(items[groupEnd].Item, first, keyLength, depth); groupEnd++)
            {
                size += items[groupEnd].Size;
            }

            var key = first[..keyLength];
            if (depth >= MaxDepth || size <= maxShardSize)
            {
                for (var i = start; i < groupEnd; i++)
                {
                    keys[items[i].Item] = key;
                }
            }
            else
            {
                // An item no longer than the key is the key itself: it sorts first, and stays in the key's shard.
                var deeper = start;
                for (; deeper < groupEnd && items[deeper].Item.Length == keyLength; deeper++)
                {
                    keys[items[deeper].Item] = key;
                }

                Assign(items, deeper, groupEnd, depth + 1, maxShardSize, keys);
            }

            start = groupEnd;
        }
    }

    /// <summary>Whether <paramref name="item"/> starts with the same <paramref name="depth"/> characters (code points) as <paramref name="first"/>.</summary>
    private static bool HasPrefix(string item, string first, int keyLength, int depth) =>
        item.AsSpan().StartsWith(first.AsSpan(0, keyLength), StringComparison.Ordinal) && PrefixLength(item, depth) == keyLength;

    private static bool InOrdinalOrder((string Item, int Size)[] items)
    {
        for (var i = 1; i < items.Length; i++)
        {
            if (string.CompareOrdinal(items[i - 1].Item, items[i].Item) > 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The first <paramref name="count"/> characters (code points) of a term, or all of it.</summary>
    public static string Prefix(string term, int count) => term[..PrefixLength(term, count)];

    /// <summary>The length in UTF-16 code units of <see cref="Prefix"/>.</summary>
    private static int PrefixLength(string term, int count)
    {
        var length = 0;
        foreach (var rune in term.EnumerateRunes())
        {
            if (count-- == 0)
            {
                break;
            }

            length += rune.Utf16SequenceLength;
        }

        return length;
    }

    /// <summary>A key as part of a file name: a–z and 0–9 as they are, any other character as '_' and its hex code ("ж" is "_436"); the empty key is "_".</summary>
    public static string FileName(string key)
    {
        if (key.Length == 0)
        {
            return "_";
        }

        var builder = new StringBuilder();
        foreach (var rune in key.EnumerateRunes())
        {
            if (rune.Value is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                builder.Append((char)rune.Value);
            }
            else
            {
                builder.Append('_').Append(rune.Value.ToString("x", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
