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
    public static Dictionary<string, string> Assign(IEnumerable<(string Item, int Size)> items, int maxShardSize)
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        Assign(items.OrderBy(i => i.Item, StringComparer.Ordinal).ToList(), FirstDepth, maxShardSize, keys);
        return keys;
    }

    private static void Assign(List<(string Item, int Size)> items, int depth, int maxShardSize, Dictionary<string, string> keys)
    {
        foreach (var group in items.GroupBy(i => Prefix(i.Item, depth), StringComparer.Ordinal))
        {
            var members = group.ToList();
            if (depth >= MaxDepth || members.Sum(m => m.Size) <= maxShardSize)
            {
                members.ForEach(m => keys[m.Item] = group.Key);
                continue;
            }

            foreach (var member in members.Where(m => CodePoints(m.Item) <= depth))
            {
                keys[member.Item] = group.Key;
            }

            Assign(members.Where(m => CodePoints(m.Item) > depth).ToList(), depth + 1, maxShardSize, keys);
        }
    }

    /// <summary>The first <paramref name="count"/> characters (code points) of a term, or all of it.</summary>
    public static string Prefix(string term, int count)
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

        return term[..length];
    }

    private static int CodePoints(string term) => term.EnumerateRunes().Count();

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
