using System.Text;
using Broadsheet.Diagnostics;
using Broadsheet.Load;
using Broadsheet.Tests.TestSupport;
using Xunit;

namespace Broadsheet.Tests.Load;

public sealed class FrontMatterParserTests
{
    // Line 3 of the file is line 2 of the YAML; the second ':' is column 13.
    private static readonly string[] BadYamlLines = ["---", "title: One", "summary: one: two", "---", "Body."];

    [Fact]
    public void Front_matter_is_parsed_into_a_mapping_with_the_body_after_it()
    {
        var bag = new DiagnosticBag();

        var document = FrontMatterParser.Parse(Sources.Lines("articles/a.md", "---", "title: One", "---", "Body."), bag);

        Assert.NotNull(document);
        var title = Assert.IsType<FrontMatterScalar>(document.FrontMatter.Find("title"));
        Assert.Equal(("One", true, 2, 8), (title.Value, title.Plain, title.Line, title.Column));
        Assert.Equal("Body.\n", document.Body);
        Assert.Equal(4, document.BodyLine);
        Assert.Empty(bag.Sorted());
    }

    [Fact]
    public void Every_node_keeps_its_file_position_and_whether_it_was_quoted()
    {
        var bag = new DiagnosticBag();

        var document = FrontMatterParser.Parse(
            Sources.Lines("a.md", "---", "title: \"null\"", "topics:", "  - russia", "  - [a, ~]", "image: {src: x.jpg}", "---"),
            bag);

        Assert.NotNull(document);
        var title = Assert.IsType<FrontMatterScalar>(document.FrontMatter.Find("title"));
        Assert.Equal(("null", false, 2, 8), (title.Value, title.Plain, title.Line, title.Column));
        var topics = Assert.IsType<FrontMatterList>(document.FrontMatter.Find("topics"));
        Assert.Equal((4, 3), (topics.Line, topics.Column));
        var inner = Assert.IsType<FrontMatterList>(topics.Items[1]);
        var tilde = Assert.IsType<FrontMatterScalar>(inner.Items[1]);
        Assert.Equal(("~", true, 5, 9), (tilde.Value, tilde.Plain, tilde.Line, tilde.Column));
        var image = Assert.IsType<FrontMatterMapping>(document.FrontMatter.Find("image"));
        Assert.Equal((6, 8), (image.Line, image.Column));
        Assert.Equal("x.jpg", Assert.IsType<FrontMatterScalar>(image.Find("src")).Value);
    }

    [Fact]
    public void A_yaml_syntax_error_is_reported_at_its_file_line_not_its_yaml_line()
    {
        var bag = new DiagnosticBag();

        var document = FrontMatterParser.Parse(Sources.Lines("articles/a.md", BadYamlLines), bag);

        Assert.Null(document);
        var error = Assert.Single(bag.Sorted());
        Assert.Equal(new SourceLocation("site-content/articles/a.md", 3, 13), error.Location);
        Assert.StartsWith("invalid YAML: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("(Line:", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, "\n")]
    [InlineData(false, "\r\n")]
    [InlineData(true, "\r\n")]
    public void A_yaml_syntax_error_is_at_the_same_place_with_a_bom_or_crlf_line_endings(bool bom, string newline)
    {
        var bag = new DiagnosticBag();
        var bytes = Encoding.UTF8.GetBytes(string.Join(newline, BadYamlLines) + newline);
        bytes = bom ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes;
        Assert.True(SourceText.TryDecode(bytes, "site-content/articles/a.md", bag, out var text));

        FrontMatterParser.Parse(new SourceFile("site-content/articles/a.md", "articles/a.md", text), bag);

        Assert.Equal(new SourceLocation("site-content/articles/a.md", 3, 13), Assert.Single(bag.Sorted()).Location);
    }

    [Fact]
    public void ParseYaml_adds_the_line_the_yaml_starts_on_to_its_error_positions()
    {
        var bag = new DiagnosticBag();

        Assert.Null(FrontMatterParser.ParseYaml("x.md", "a: 1\nb: one: two\n", 10, bag));

        var error = Assert.Single(bag.Sorted());
        Assert.Equal(new SourceLocation("x.md", 11, 7), error.Location);
    }

    [Fact]
    public void A_key_given_twice_is_an_error_at_the_second_one_not_a_crash()
    {
        var bag = new DiagnosticBag();

        var document = FrontMatterParser.Parse(Sources.Lines("a.md", "---", "title: One", "title: Two", "---"), bag);

        Assert.Null(document);
        var error = Assert.Single(bag.Sorted());
        Assert.Equal(3, error.Location.Line);
    }

    [Fact]
    public void Front_matter_that_is_a_list_is_an_error_at_its_first_line()
    {
        var bag = new DiagnosticBag();

        var document = FrontMatterParser.Parse(Sources.Lines("a.md", "---", "- one", "- two", "---"), bag);

        Assert.Null(document);
        Assert.Equal(
            ["site-content/a.md:2:1: error: the front matter must be 'key: value' lines"],
            bag.Printed());
    }

    [Fact]
    public void Empty_front_matter_is_an_empty_mapping()
    {
        var bag = new DiagnosticBag();

        var document = FrontMatterParser.Parse(Sources.Lines("a.md", "---", "---", "Body."), bag);

        Assert.NotNull(document);
        Assert.Empty(document.FrontMatter.Entries);
        Assert.Empty(bag.Sorted());
    }

    [Fact]
    public void A_file_without_front_matter_is_an_error_when_front_matter_is_required()
    {
        var bag = new DiagnosticBag();

        Assert.Null(FrontMatterParser.Parse(Sources.File("a.md", "Only a body.\n"), bag));

        var error = Assert.Single(bag.Sorted());
        Assert.Equal(new SourceLocation("site-content/a.md", 1, 1), error.Location);
        Assert.Contains("no front matter", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_without_front_matter_is_all_body_when_front_matter_is_optional()
    {
        var bag = new DiagnosticBag();

        var document = FrontMatterParser.Parse(Sources.File("a.md", "Only a body.\n"), bag, frontMatterRequired: false);

        Assert.NotNull(document);
        Assert.Empty(document.FrontMatter.Entries);
        Assert.Equal("Only a body.\n", document.Body);
        Assert.Equal(1, document.BodyLine);
        Assert.Empty(bag.Sorted());
    }
}
