using Broadsheet.Graph;
using Xunit;

namespace Broadsheet.Tests.Graph;

public sealed class TitleIndexTests
{
    [Theory]
    [InlineData("The Jarrow Crusade", "Jarrow Crusade")]
    [InlineData("  an Eye on Suez", "Eye on Suez")]
    [InlineData("\u201CPeace in our time\u201D", "Peace in our time\u201D")]
    [InlineData("...and then silence", "and then silence")]
    [InlineData("The", "The")]
    [InlineData("Theatre of war", "Theatre of war")]
    public void A_titles_sort_key_drops_a_leading_article_and_punctuation(string title, string key) =>
        Assert.Equal(key, new TitleIndex("en").SortKey(title));

    [Theory]
    [InlineData("The Jarrow Crusade", "j", "J")]
    [InlineData("Éire and the Emergency", "e", "E")]
    [InlineData("1926: the General Strike", "0-9", "0\u20139")]
    [InlineData("Жуков", "u0416", "Ж")]
    [InlineData("...", "other", "Other")]
    public void A_title_falls_under_its_initial(string title, string key, string heading) =>
        Assert.Equal((key, heading), new TitleIndex("en").Initial(title));

    [Fact]
    public void In_english_leading_articles_punctuation_case_and_accents_do_not_decide_the_order()
    {
        var index = new TitleIndex("en");
        string[] titles = ["The Jarrow Crusade", "an Eye on Suez", "Éire and the Emergency", "\"Peace in our time\"", "eagles over Kent", "Zeppelins over Hull"];

        var sorted = titles.Order(Comparer<string>.Create(index.Compare));

        Assert.Equal(["eagles over Kent", "Éire and the Emergency", "an Eye on Suez", "The Jarrow Crusade", "\"Peace in our time\"", "Zeppelins over Hull"], sorted);
    }

    [Fact]
    public void In_swedish_a_with_a_ring_comes_after_z()
    {
        var index = new TitleIndex("sv");

        Assert.True(index.Compare("Ångström's measure", "Zeppelins over Hull") > 0);
        Assert.True(new TitleIndex("en").Compare("Ångström's measure", "Zeppelins over Hull") < 0);
    }

    [Theory]
    [InlineData("de", "Die Weber von Schlesien", "w", "W")]
    [InlineData("de", "Ärger im Betrieb", "a", "A")]
    [InlineData("fr", "L’Humanité en grève", "h", "H")]
    [InlineData("fr", "Les Canuts de Lyon", "c", "C")]
    [InlineData("es", "La Huelga de Río Tinto", "h", "H")]
    [InlineData("es", "Ñandúes y obreros", "u00d1", "Ñ")]
    [InlineData("sv", "Åtta timmars arbetsdag", "u00c5", "Å")]
    [InlineData("sv", "Ölstrejken 1955", "u00d6", "Ö")]
    [InlineData("cy", "Llanelli 1911", "ll", "Ll")]
    [InlineData("cy", "Yr Undeb a’r glowyr", "u", "U")]
    [InlineData("cy", "Chwarel y Penrhyn", "ch", "Ch")]
    [InlineData("en", "Llanelli 1911", "l", "L")]
    public void Each_language_drops_its_own_articles_and_files_its_own_letters(string language, string title, string key, string heading) =>
        Assert.Equal((key, heading), new TitleIndex(language).Initial(title));
}
