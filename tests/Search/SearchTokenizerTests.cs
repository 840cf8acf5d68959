using Broadsheet.Search;

namespace Broadsheet.Tests.Search;

public sealed class SearchTokenizerTests
{
    [Fact]
    public void Words_are_lowercased_and_split_at_anything_but_letters_and_digits() =>
        Assert.Equal(["the", "general", "strike", "of", "1926", "nine", "days", "e", "mail"], SearchTokenizer.Tokenize("The General Strike of 1926: nine days (e-mail)"));

    [Fact]
    public void Diacritics_are_folded_so_cafe_finds_cafe_with_an_accent() =>
        Assert.Equal(["cafe", "cafe", "naive", "strasse", "lodz", "dorde", "oresund", "aesir", "istanbul"], SearchTokenizer.Tokenize("Café CAFÉ naïve Straße Łódź Đorđe Øresund Æsir İstanbul"));

    [Fact]
    public void An_apostrophe_inside_a_word_joins_it() =>
        Assert.Equal(["dont", "workers", "obriens"], SearchTokenizer.Tokenize("Don't workers' O’Brien's"));

    [Fact]
    public void Cyrillic_and_Greek_are_words_like_any_other() =>
        Assert.Equal(["москва", "рабочие", "елка", "οδυσσευσ", "σισυφοσ"], SearchTokenizer.Tokenize("Москва, РАБОЧИЕ! Ёлка. ΟΔΥΣΣΕΥΣ Σίσυφος"));

    [Fact]
    public void Chinese_and_Japanese_characters_are_a_token_each() =>
        Assert.Equal(["東", "京", "の", "労", "働", "者", "abc"], SearchTokenizer.Tokenize("東京の労働者abc"));

    [Fact]
    public void Runs_longer_than_forty_characters_are_left_out() =>
        Assert.Equal(["short"], SearchTokenizer.Tokenize(new string('x', 41) + " short"));
}
