using Broadsheet.Diagnostics;
using Xunit;

namespace Broadsheet.Tests.Diagnostics;

public sealed class SuggestTests
{
    private static readonly string[] Topics = ["russia", "ireland", "miners", "historic-events"];

    [Fact]
    public void Nearest_finds_the_id_a_typo_was_meant_to_be()
    {
        Assert.Equal("russia", Suggest.Nearest("rusia", Topics));
        Assert.Equal("historic-events", Suggest.Nearest("histroic-events", Topics));
    }

    [Fact]
    public void Nearest_ignores_case()
    {
        Assert.Equal("ireland", Suggest.Nearest("Ireland", Topics));
    }

    [Fact]
    public void Nearest_suggests_nothing_for_an_unrelated_word()
    {
        Assert.Null(Suggest.Nearest("football", Topics));
        Assert.Null(Suggest.Nearest("cricket", Topics));
    }

    [Fact]
    public void Nearest_suggests_nothing_when_there_are_no_candidates()
    {
        Assert.Null(Suggest.Nearest("russia", []));
    }

    [Fact]
    public void Nearest_breaks_ties_ordinally_whatever_the_candidates_order()
    {
        Assert.Equal("bat", Suggest.Nearest("cat", ["hat", "bat"]));
        Assert.Equal("bat", Suggest.Nearest("cat", ["bat", "hat"]));
    }

    [Fact]
    public void Hint_says_did_you_mean_with_the_nearest_id()
    {
        Assert.Equal("; did you mean 'russia'?", Suggest.Hint("rusia", Topics));
    }

    [Fact]
    public void Hint_is_empty_when_nothing_is_close()
    {
        Assert.Equal("", Suggest.Hint("football", Topics));
    }

    [Theory]
    [InlineData("history", "history", 0)]
    [InlineData("histroy", "history", 1)]
    [InlineData("hist", "history", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("kitten", "sitting", 3)]
    public void Distance_counts_edits_and_swapped_neighbours_as_one(string a, string b, int expected)
    {
        Assert.Equal(expected, Suggest.Distance(a, b));
    }
}
