using Broadsheet.Search;

namespace Broadsheet.Tests.Search;

public sealed class ShardKeysTests
{
    [Fact]
    public void A_small_index_is_one_shard()
    {
        var keys = ShardKeys.Assign([("strike", 10), ("strikes", 10), ("union", 10)], 100);

        Assert.All(keys.Values, k => Assert.Equal("", k));
        Assert.Equal("_", ShardKeys.FileName(""));
    }

    [Fact]
    public void A_shard_too_large_is_split_by_one_more_character_as_often_as_needed()
    {
        string[] terms = ["s", "st", "sta", "stb", "strike", "striker", "strip", "union", "unity"];
        var keys = ShardKeys.Assign(terms.Select(t => (t, 10)), 25);

        Assert.Equal("s", keys["s"]);
        Assert.Equal("st", keys["st"]);
        Assert.Equal("sta", keys["sta"]);
        Assert.Equal("stb", keys["stb"]);
        Assert.Equal("strik", keys["strike"]);
        Assert.Equal("strik", keys["striker"]);
        Assert.Equal("strip", keys["strip"]);
        Assert.Equal("u", keys["union"]);
        Assert.Equal("u", keys["unity"]);
    }

    [Fact]
    public void Every_term_is_found_in_the_shard_of_the_longest_key_that_starts_it_as_search_js_looks()
    {
        var terms = Enumerable.Range(0, 2000).Select(i => $"w{i * 7919 % 10007}x").Append("ж").Append("жизнь").Append("東").ToList();
        var keys = ShardKeys.Assign(terms.Select(t => (t, 40)), 400);
        var keySet = keys.Values.ToHashSet(StringComparer.Ordinal);

        foreach (var term in terms)
        {
            var found = Enumerable.Range(0, Math.Min(ShardKeys.MaxDepth, term.Length) + 1).Reverse()
                .Select(n => ShardKeys.Prefix(term, n))
                .First(keySet.Contains);
            Assert.Equal(keys[term], found);
        }

        Assert.True(keySet.Count > 10);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void The_keys_are_those_of_grouping_and_splitting_the_sorted_items_step_by_step(int seed)
    {
        // Words of a few letters, some beyond the BMP, some repeated (a term and a word form alike), in no order.
        var random = new Random(seed);
        string[] letters = ["a", "b", "s", "t", "ж", "𝐁"];
        var items = Enumerable.Range(0, 3000)
            .Select(_ => string.Concat(Enumerable.Range(0, random.Next(0, 9)).Select(_ => letters[random.Next(letters.Length)])))
            .Select(word => (word, random.Next(1, 60)))
            .ToList();

        var keys = ShardKeys.Assign(items, 400);

        var expected = new Dictionary<string, string>(StringComparer.Ordinal);
        GroupAndSplit(items.OrderBy(i => i.word, StringComparer.Ordinal).ToList(), 0, expected);
        Assert.Equal(expected.OrderBy(k => k.Key, StringComparer.Ordinal), keys.OrderBy(k => k.Key, StringComparer.Ordinal));
        Assert.True(keys.Values.Distinct().Count() > 20);
    }

    /// <summary>The rule as it reads: group by the first characters; a group too large is split by one more, but for the key itself.</summary>
    private static void GroupAndSplit(List<(string Word, int Size)> items, int depth, Dictionary<string, string> keys)
    {
        foreach (var group in items.GroupBy(i => ShardKeys.Prefix(i.Word, depth), StringComparer.Ordinal))
        {
            if (depth >= ShardKeys.MaxDepth || group.Sum(m => m.Size) <= 400)
            {
                foreach (var member in group)
                {
                    keys[member.Word] = group.Key;
                }

                continue;
            }

            foreach (var member in group.Where(m => m.Word == group.Key))
            {
                keys[member.Word] = group.Key;
            }

            GroupAndSplit(group.Where(m => m.Word != group.Key).ToList(), depth + 1, keys);
        }
    }

    [Fact]
    public void Keys_in_file_names_keep_a_to_z_and_digits_and_spell_out_other_characters() =>
        Assert.Equal("st_436_1d401", ShardKeys.FileName("stж\U0001D401"));
}
