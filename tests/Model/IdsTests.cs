using Broadsheet.Model;
using Xunit;

namespace Broadsheet.Tests.Model;

public sealed class IdsTests
{
    [Theory]
    [InlineData("Clare Doyle", "clare-doyle")]
    [InlineData("Café Society", "cafe-society")]
    [InlineData("Lessons from history: 1917", "lessons-from-history-1917")]
    [InlineData("Readers' letters", "readers-letters")]
    [InlineData("O\u2019Brien", "obrien")]
    [InlineData("  --Hello,   World!--  ", "hello-world")]
    [InlineData("!!!", "")]
    public void Slugify_makes_a_lowercase_hyphenated_id(string text, string expected)
    {
        Assert.Equal(expected, Ids.Slugify(text));
    }

    [Theory]
    [InlineData("Clare Doyle")]
    [InlineData("Lessons from history: 1917")]
    [InlineData("Crème brûlée")]
    public void Slugify_always_makes_a_valid_id(string text)
    {
        Assert.True(Ids.IsValid(Ids.Slugify(text)));
    }

    [Theory]
    [InlineData("clare-doyle", true)]
    [InlineData("2014-10-29", true)]
    [InlineData("a", true)]
    [InlineData("", false)]
    [InlineData("Clare", false)]
    [InlineData("clare--doyle", false)]
    [InlineData("-clare", false)]
    [InlineData("clare-", false)]
    [InlineData("clare_doyle", false)]
    [InlineData("café", false)]
    [InlineData("clare doyle", false)]
    public void IsValid_accepts_only_lowercase_letters_digits_and_single_hyphens(string id, bool valid)
    {
        Assert.Equal(valid, Ids.IsValid(id));
    }

    [Fact]
    public void IsValid_refuses_ids_longer_than_120_characters()
    {
        Assert.True(Ids.IsValid(new string('a', 120)));
        Assert.False(Ids.IsValid(new string('a', 121)));
    }

    [Fact]
    public void The_id_of_a_content_file_is_its_name_without_md()
    {
        Assert.Equal("2014-10-29", Ids.FromFileName("issues/2014-10-29.md"));
        Assert.Equal("lessons-1917", Ids.FromFileName("articles/2014/10/lessons-1917.md"));
    }

    [Fact]
    public void Slugify_transliterates_letters_that_have_no_accent_to_strip()
    {
        Assert.Equal("soren-lukasz-strasse", Ids.Slugify("Søren Łukasz Straße"));
    }
}
