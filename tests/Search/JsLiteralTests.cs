using Broadsheet.Search;

namespace Broadsheet.Tests.Search;

public sealed class JsLiteralTests
{
    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("say \"hi\" \\ back", "\"say \\\"hi\\\" \\\\ back\"")]
    [InlineData("</script><!--", "\"\\u003c/script>\\u003c!--\"")]
    [InlineData("line\u2028para\u2029", "\"line\\u2028para\\u2029\"")]
    [InlineData("a\nb\tc\u0000", "\"a\\nb\\u0009c\\u0000\"")]
    [InlineData("Москва & café", "\"Москва & café\"")]
    [InlineData("\"<\nend\n", "\"\\\"\\u003c\\nend\\n\"")]
    [InlineData("", "\"\"")]
    public void Strings_are_quoted_so_no_title_can_break_the_script(string value, string expected) =>
        Assert.Equal(expected, JsLiteral.Quote(value));

    [Fact]
    public void A_lone_surrogate_is_escaped_and_a_pair_is_kept() =>
        Assert.Equal("\"\U0001D401 \\ud800 x\"", JsLiteral.Quote("\U0001D401 " + (char)0xD800 + " x"));
}
