namespace Broadsheet.Search;

/// <summary>
/// Which term shard (<c>t-KEY.js</c>, and <c>p-KEY.js</c>) holds each term and word form (see <see cref="ShardKeys"/>),
/// and which shards are known to be as the last build wrote them, so that they need not be rendered again.
/// </summary>
/// <param name="Keys">Every shard's key, in order.</param>
/// <param name="KeyByItem">The shard key of each term and word form.</param>
/// <param name="Unchanged">The shards whose terms and forms are those of the last build's, with the same postings.</param>
public sealed record SearchShards(IReadOnlyList<string> Keys, IReadOnlyDictionary<string, string> KeyByItem, IReadOnlySet<string> Unchanged)
{
    /// <summary>The shards of an index's terms and word forms, none of them known to be unchanged.</summary>
    public static SearchShards Of(IReadOnlyList<SearchTerm> terms, IReadOnlyList<KeyValuePair<string, string>> forms)
    {
        var keys = ShardKeys.Assign(Merged(terms, forms), SearchIndexRenderer.MaxShardSize);
        return new SearchShards(keys.Values.Distinct().Order(StringComparer.Ordinal).ToList(), keys, new HashSet<string>());
    }

    /// <summary>The terms and the word forms, each in ordinal order, as one list in that order, with the size each adds to its shard.</summary>
    private static (string Item, int Size)[] Merged(IReadOnlyList<SearchTerm> terms, IReadOnlyList<KeyValuePair<string, string>> forms)
    {
        var items = new (string Item, int Size)[terms.Count + forms.Count];
        var (term, form) = (0, 0);
        for (var i = 0; i < items.Length; i++)
        {
            if (form == forms.Count || (term < terms.Count && string.CompareOrdinal(terms[term].Term, forms[form].Key) <= 0))
            {
                var t = terms[term++];
                items[i] = (t.Term, t.Term.Length + t.PostingsLength + 6);
            }
            else
            {
                var f = forms[form++];
                items[i] = (f.Key, f.Key.Length + f.Value.Length + 6);
            }
        }

        return items;
    }

    /// <summary>
    /// These shards, with those the last build's had too noted as unchanged, but for those that hold (or held) any of
    /// <paramref name="touched"/>. When the keys differ, so may every shard: the size of one shard's terms decides how
    /// all that share its first characters are split.
    /// </summary>
    public SearchShards Since(IReadOnlyList<string> previousKeys, IEnumerable<string> touched)
    {
        if (!previousKeys.SequenceEqual(Keys, StringComparer.Ordinal))
        {
            return this;
        }

        // The same keys come only from the same splits, so every untouched term is where it was.
        var keySet = Keys.ToHashSet(StringComparer.Ordinal);
        var unchanged = Keys.ToHashSet(StringComparer.Ordinal);
        foreach (var item in touched)
        {
            unchanged.Remove(KeyOf(item, keySet));
        }

        return this with { Unchanged = unchanged };
    }

    /// <summary>The shard a term is in, or would be in: the longest key that starts it, as search.js finds it.</summary>
    private static string KeyOf(string item, HashSet<string> keys)
    {
        for (var depth = ShardKeys.MaxDepth; depth > 0; depth--)
        {
            var prefix = ShardKeys.Prefix(item, depth);
            if (keys.Contains(prefix))
            {
                return prefix;
            }
        }

        return "";
    }
}
