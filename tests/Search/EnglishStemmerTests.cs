using Broadsheet.Search;

namespace Broadsheet.Tests.Search;

public sealed class EnglishStemmerTests
{
    public static TheoryData<string, string> Examples()
    {
        var data = new TheoryData<string, string>();
        foreach (var (word, stem) in SearchWordList.Stems)
        {
            data.Add(word, stem);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Words_are_stemmed_as_Porter2_stems_them(string word, string stem) =>
        Assert.Equal(stem, EnglishStemmer.Stem(word));

    [Theory]
    [InlineData("a")]
    [InlineData("is")]
    [InlineData("1917")]
    [InlineData("1920s")]
    [InlineData("рабочие")]
    [InlineData("café")]
    public void Short_words_numbers_and_other_scripts_are_left_as_they_are(string word) =>
        Assert.Equal(word, EnglishStemmer.Stem(word));
}
