using System.Globalization;
using Broadsheet.Link;
using Xunit;

namespace Broadsheet.Tests.Link;

public sealed class TitleIndexTests
{
    private static readonly string[] Titles =
    [
        "The Jarrow Crusade", "jarrow's legacy", "An Eye on Suez", "a Tale of Two Strikes", "\"Peace in our time\"",
        "Éire and the Emergency", "Eire's neutrality", "eagles over Kent", "Zeppelins over Hull", "Ångström's measure",
        "Öresund bridge", "Ørsted and the needle", "1926: the General Strike", "(Re)building Coventry", "Ça ira",
        "Çanakkale", "Istanbul", "İzmir", "ıslak", "Muñoz and the junta", "Munoz", "Жуков", "...and then silence", "the", "",
    ];

    [Theory]
    [InlineData("en")]
    [InlineData("de")]
    [InlineData("sv")]
    [InlineData("tr")]
    [InlineData("fr")]
    public void Titles_sorted_by_their_keys_come_out_in_the_order_comparing_them_gives(string language)
    {
        var index = new TitleIndex(language);

        var byCompare = Titles.Order(Comparer<string>.Create(index.Compare)).ToList();
        var byKey = Titles.OrderBy(t => index.KeyOf(t), Comparer<SortKey>.Create(SortKey.Compare)).ToList();

        Assert.Equal(byCompare, byKey);
        foreach (var a in Titles)
        {
            foreach (var b in Titles)
            {
                Assert.Equal(Math.Sign(index.Compare(a, b)), Math.Sign(SortKey.Compare(index.KeyOf(a), index.KeyOf(b))));
            }
        }
    }

    [Fact]
    public void In_english_leading_articles_punctuation_case_and_accents_do_not_decide_the_order()
    {
        var index = new TitleIndex("en");
        string[] titles = ["The Jarrow Crusade", "an Eye on Suez", "Éire and the Emergency", "\"Peace in our time\"", "eagles over Kent", "Zeppelins over Hull"];

        var sorted = titles.OrderBy(t => index.KeyOf(t), Comparer<SortKey>.Create(SortKey.Compare));

        Assert.Equal(["eagles over Kent", "Éire and the Emergency", "an Eye on Suez", "The Jarrow Crusade", "\"Peace in our time\"", "Zeppelins over Hull"], sorted);
    }
}
