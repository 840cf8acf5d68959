using Broadsheet.Common;
using Broadsheet.Diagnostics;
using Broadsheet.Load;
using Broadsheet.Model;
using Broadsheet.Tests.TestSupport;
using Xunit;

namespace Broadsheet.Tests.Model;

public sealed class FrontMatterReaderTests
{
    private readonly DiagnosticBag _bag = new();

    private FrontMatterReader Reader(params string[] yamlLines)
    {
        var document = FrontMatterParser.Parse(Sources.Lines("articles/a.md", ["---", .. yamlLines, "---", "Body."]), _bag);
        Assert.NotNull(document);
        return new FrontMatterReader(document.File.DisplayPath, document.FrontMatter, _bag);
    }

    [Fact]
    public void Text_is_the_trimmed_value_and_null_when_absent()
    {
        var reader = Reader("title: \"  Lessons from history: 1917  \"");

        Assert.Equal("Lessons from history: 1917", reader.Text("title"));
        Assert.Null(reader.Text("subtitle"));
        Assert.Empty(_bag.Sorted());
    }

    [Fact]
    public void A_required_key_that_is_missing_is_an_error_at_the_start()
    {
        var reader = Reader("subtitle: x");

        Assert.Null(reader.Text("title", required: true));

        Assert.True(reader.HasErrors);
        Assert.Equal(["site-content/articles/a.md:1:1: error: 'title' is missing; add 'title: ...' to the front matter"], _bag.Printed());
    }

    [Theory]
    [InlineData("subtitle:")]
    [InlineData("subtitle: ~")]
    [InlineData("subtitle: null")]
    [InlineData("subtitle: \"\"")]
    public void An_empty_or_null_value_is_absent(string line)
    {
        Assert.Null(Reader(line).Text("subtitle"));
        Assert.Empty(_bag.Sorted());
    }

    [Fact]
    public void A_quoted_null_is_the_text_null()
    {
        Assert.Equal("null", Reader("subtitle: \"null\"").Text("subtitle"));
    }

    [Fact]
    public void Authors_may_be_one_string()
    {
        var authors = Reader("title: x", "authors: Clare Doyle").TextList("authors");

        Assert.Equal([("Clare Doyle", new SourceLocation("site-content/articles/a.md", 3, 10))], authors);
    }

    [Fact]
    public void Authors_may_be_a_list_each_with_its_own_position()
    {
        var authors = Reader("authors:", "  - Clare Doyle", "  - Rob Jones").TextList("authors");

        Assert.Equal(
            [("Clare Doyle", new SourceLocation("site-content/articles/a.md", 3, 5)), ("Rob Jones", new SourceLocation("site-content/articles/a.md", 4, 5))],
            authors);
    }

    [Fact]
    public void A_list_where_one_value_is_expected_is_an_error_at_the_value()
    {
        var reader = Reader("title: [One, Two]");

        Assert.Null(reader.Text("title"));

        Assert.Equal(["site-content/articles/a.md:2:8: error: 'title' must be a single value, not a list"], _bag.Printed());
    }

    [Fact]
    public void A_mapping_where_a_list_is_expected_is_an_error()
    {
        var reader = Reader("topics:", "  russia: yes");

        Assert.Empty(reader.TextList("topics"));

        Assert.Equal(["site-content/articles/a.md:3:3: error: 'topics' must be a value or a list of values, not a set of keys"], _bag.Printed());
    }

    [Fact]
    public void A_nested_list_entry_is_an_error_at_the_entry()
    {
        var reader = Reader("topics: [russia, [a, b]]");

        Assert.Equal(["russia"], reader.TextList("topics").Select(t => t.Value));

        Assert.Equal(["site-content/articles/a.md:2:18: error: each entry of 'topics' must be a single value"], _bag.Printed());
    }

    [Fact]
    public void A_real_date_is_read()
    {
        Assert.Equal(new DateOnly(2014, 10, 29), Reader("date: 2014-10-29").Date("date"));
    }

    [Theory]
    [InlineData("1921-02-30")]
    [InlineData("2024-13-45")]
    [InlineData("29/10/2014")]
    [InlineData("2014-10-29T10:00")]
    public void An_impossible_or_badly_written_date_is_an_error_at_the_value(string text)
    {
        var reader = Reader("title: x", $"date: {text}");

        Assert.Null(reader.Date("date"));

        Assert.Equal(
            [$"site-content/articles/a.md:3:7: error: 'date' must be a real date written YYYY-MM-DD, like 2014-10-29; '{text}' is not"],
            _bag.Printed());
    }

    [Theory]
    [InlineData("number: twelve")]
    [InlineData("number: -3")]
    [InlineData("number: 1.5")]
    public void A_number_that_is_not_whole_is_an_error(string line)
    {
        Assert.Null(Reader(line).WholeNumber("number"));
        Assert.Contains("must be a whole number", Assert.Single(_bag.Sorted()).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("draft: true", true)]
    [InlineData("draft: yes", true)]
    [InlineData("draft: false", false)]
    [InlineData("draft: no", false)]
    [InlineData("title: x", false)]
    public void A_flag_is_true_false_or_absent(string line, bool expected)
    {
        Assert.Equal(expected, Reader(line).Flag("draft"));
        Assert.Empty(_bag.Sorted());
    }

    [Fact]
    public void A_flag_that_is_neither_true_nor_false_is_an_error()
    {
        Assert.False(Reader("draft: maybe").Flag("draft"));
        Assert.Equal(["site-content/articles/a.md:2:8: error: 'draft' must be true or false; 'maybe' is neither"], _bag.Printed());
    }

    [Fact]
    public void An_unknown_key_is_a_warning_at_the_key_with_a_did_you_mean()
    {
        var reader = Reader("title: x", "subtitel: y", "colour: red");
        reader.Text("title");
        reader.Text("subtitle");

        reader.WarnAboutUnknownKeys();

        Assert.False(reader.HasErrors);
        Assert.False(_bag.HasErrors);
        Assert.Equal(
            [
                "site-content/articles/a.md:3:1: warning: unknown key 'subtitel' is ignored; did you mean 'subtitle'?",
                "site-content/articles/a.md:4:1: warning: unknown key 'colour' is ignored",
            ],
            _bag.Printed());
    }

    [Fact]
    public void Keys_marked_as_expected_are_not_warned_about()
    {
        var reader = Reader("sections: []");
        reader.Expect("sections");

        reader.WarnAboutUnknownKeys();

        Assert.Empty(_bag.Sorted());
    }
}
