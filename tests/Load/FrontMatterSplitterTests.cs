using Broadsheet.Diagnostics;
using Broadsheet.Load;
using Broadsheet.Tests.TestSupport;
using Xunit;

namespace Broadsheet.Tests.Load;

public sealed class FrontMatterSplitterTests
{
    [Fact]
    public void A_file_without_front_matter_is_all_body_from_line_1()
    {
        var bag = new DiagnosticBag();

        var parts = FrontMatterSplitter.Split(Sources.File("topics/x.md", "Just a body.\n\nTwo paragraphs.\n"), bag);

        Assert.NotNull(parts);
        Assert.Null(parts.Yaml);
        Assert.Equal("Just a body.\n\nTwo paragraphs.\n", parts.Body);
        Assert.Equal(1, parts.BodyLine);
        Assert.Empty(bag.Sorted());
    }

    [Fact]
    public void Front_matter_is_split_from_the_body_with_the_line_each_starts_on()
    {
        var file = Sources.Lines("articles/x.md", "---", "title: One", "date: 2014-10-29", "---", "First line of body.", "Second.");

        var parts = FrontMatterSplitter.Split(file, new DiagnosticBag());

        Assert.NotNull(parts);
        Assert.Equal("title: One\ndate: 2014-10-29\n", parts.Yaml);
        Assert.Equal(2, parts.YamlLine);
        Assert.Equal("First line of body.\nSecond.\n", parts.Body);
        Assert.Equal(5, parts.BodyLine);
    }

    [Fact]
    public void An_unclosed_fence_is_an_error_at_line_1()
    {
        var bag = new DiagnosticBag();
        var file = Sources.Lines("articles/x.md", "---", "title: One", "Body that should have been after a fence.");

        var parts = FrontMatterSplitter.Split(file, bag);

        Assert.Null(parts);
        var error = Assert.Single(bag.Sorted());
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(new SourceLocation("site-content/articles/x.md", 1, 1), error.Location);
        Assert.Contains("never closed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Three_dots_also_close_the_front_matter()
    {
        var parts = FrontMatterSplitter.Split(Sources.Lines("a.md", "---", "title: One", "...", "Body"), new DiagnosticBag());

        Assert.NotNull(parts);
        Assert.Equal("title: One\n", parts.Yaml);
        Assert.Equal("Body\n", parts.Body);
        Assert.Equal(4, parts.BodyLine);
    }

    [Fact]
    public void Fences_may_have_trailing_spaces()
    {
        var parts = FrontMatterSplitter.Split(Sources.Lines("a.md", "---  ", "title: One", "--- ", "Body"), new DiagnosticBag());

        Assert.NotNull(parts);
        Assert.Equal("title: One\n", parts.Yaml);
        Assert.Equal(4, parts.BodyLine);
    }

    [Fact]
    public void Empty_front_matter_gives_empty_yaml_and_the_body_after_it()
    {
        var parts = FrontMatterSplitter.Split(Sources.Lines("a.md", "---", "---", "Body"), new DiagnosticBag());

        Assert.NotNull(parts);
        Assert.Equal("", parts.Yaml);
        Assert.Equal("Body\n", parts.Body);
        Assert.Equal(3, parts.BodyLine);
    }

    [Fact]
    public void A_thematic_break_in_the_body_stays_in_the_body()
    {
        var parts = FrontMatterSplitter.Split(
            Sources.Lines("a.md", "---", "title: One", "---", "Before.", "", "---", "", "After."),
            new DiagnosticBag());

        Assert.NotNull(parts);
        Assert.Equal("title: One\n", parts.Yaml);
        Assert.Equal("Before.\n\n---\n\nAfter.\n", parts.Body);
    }

    [Fact]
    public void A_first_line_of_four_dashes_is_not_a_fence()
    {
        var parts = FrontMatterSplitter.Split(Sources.Lines("a.md", "----", "title: One", "---"), new DiagnosticBag());

        Assert.NotNull(parts);
        Assert.Null(parts.Yaml);
        Assert.Equal(1, parts.BodyLine);
    }

    [Fact]
    public void A_file_ending_at_the_closing_fence_has_an_empty_body()
    {
        var parts = FrontMatterSplitter.Split(Sources.File("a.md", "---\ntitle: One\n---"), new DiagnosticBag());

        Assert.NotNull(parts);
        Assert.Equal("title: One\n", parts.Yaml);
        Assert.Equal("", parts.Body);
    }
}
