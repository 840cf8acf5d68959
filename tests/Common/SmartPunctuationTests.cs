using Broadsheet.Common;
using Xunit;

namespace Broadsheet.Tests.Common;

public sealed class SmartPunctuationTests
{
    [Theory]
    [InlineData("Women's Day 1917", "Women\u2019s Day 1917")]
    [InlineData("The dockers' tanner", "The dockers\u2019 tanner")]
    [InlineData("Crews reject \"fire and rehire\" plan", "Crews reject \u201Cfire and rehire\u201D plan")]
    [InlineData("\"No surrender\": the miners", "\u201CNo surrender\u201D: the miners")]
    [InlineData("'Bread and roses' in Lawrence", "\u2018Bread and roses\u2019 in Lawrence")]
    [InlineData("Back to the '80s", "Back to the \u201980s")]
    [InlineData("1938--2024", "1938\u20132024")]
    [InlineData("A strike---and after", "A strike\u2014and after")]
    [InlineData("Wait for it...", "Wait for it\u2026")]
    [InlineData("(\"Quoted\" in brackets)", "(\u201CQuoted\u201D in brackets)")]
    [InlineData("A well-known tale", "A well-known tale")]
    [InlineData("Already \u201Ccurled\u201D", "Already \u201Ccurled\u201D")]
    public void Headlines_get_the_quotes_and_dashes_bodies_get(string written, string set)
    {
        Assert.Equal(set, SmartPunctuation.Of(written));
    }

    [Fact]
    public void Text_without_anything_to_set_is_returned_as_it_is()
    {
        const string title = "Lessons from history: 1917";

        Assert.Same(title, SmartPunctuation.Of(title));
    }
}
