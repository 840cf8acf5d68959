using Broadsheet.Diagnostics;

namespace Broadsheet.Tests.Diagnostics;

/// <summary>
/// The source line and caret printed under a diagnostic, read from the file when it is printed. Paths here are absolute
/// (the working folder is shared by every test); ErrorTests see relative ones through the real program.
/// </summary>
public sealed class SourceLinesTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public void The_line_of_a_location_is_read_from_the_file_as_it_is_now()
    {
        _temp.Write("site-content/a.md", "---\ntitle: x\ntopics: [rusia]\n---\n");

        var snippet = new SourceLines().Snippet(At("site-content/a.md", 3, 10));

        Assert.Equal(new SourceSnippet(3, "topics: [rusia]", 9), snippet);
        Assert.Equal("         ", snippet!.CaretPadding());
    }

    [Fact]
    public void Windows_line_endings_a_bom_and_trailing_spaces_are_not_printed()
    {
        _temp.WriteBytes("a.md", [0xEF, 0xBB, 0xBF, .. "one\r\ntwo  \r\n"u8.ToArray()]);

        Assert.Equal("one", new SourceLines().Snippet(At("a.md", 1, 1))!.Text);
        Assert.Equal("two", new SourceLines().Snippet(At("a.md", 2, 3))!.Text);
    }

    [Fact]
    public void A_tab_before_the_column_stays_a_tab_under_it_so_the_caret_lines_up()
    {
        _temp.Write("a.html", "\t<p>{{ x }}</p>\n");

        var snippet = new SourceLines().Snippet(At("a.html", 1, 6))!;

        Assert.Equal("\t    ", snippet.CaretPadding());
    }

    [Fact]
    public void Wide_characters_take_two_columns_and_a_surrogate_pair_counts_once()
    {
        _temp.Write("a.md", "title: 東京 \U0001F600 x\n");

        // Columns count UTF-16 characters: 東 is column 8, 京 9, the emoji 11 and 12, x 14.
        var snippet = new SourceLines().Snippet(At("a.md", 1, 14))!;

        Assert.Equal(new string(' ', 7) + "    " + " " + "  " + " ", snippet.CaretPadding());
    }

    [Fact]
    public void A_long_line_is_cut_around_the_column()
    {
        var line = new string('a', 500) + "<a href=\"gone.html\">" + new string('b', 500);
        _temp.Write("site/index.html", line + "\n");

        var snippet = new SourceLines().Snippet(At("site/index.html", 1, 501))!;

        Assert.StartsWith("…", snippet.Text, StringComparison.Ordinal);
        Assert.EndsWith("…", snippet.Text, StringComparison.Ordinal);
        Assert.Equal(SourceLines.MaxWidth + 2, snippet.Text.Length);
        Assert.Equal("<a href", snippet.Text.Substring(snippet.Caret, 7));
    }

    [Fact]
    public void Control_characters_are_not_sent_to_the_terminal()
    {
        _temp.Write("a.md", "title: \u001b[2Jx\n");

        Assert.Equal("title: ?[2Jx", new SourceLines().Snippet(At("a.md", 1, 8))!.Text);
    }

    [Theory]
    [InlineData("missing.md", 1, 1)]
    [InlineData("--output", 1, 1)]
    [InlineData("a.md", 3, 1)]
    [InlineData("a.md", 0, 1)]
    public void No_line_is_shown_for_a_file_or_line_that_does_not_exist(string path, int line, int column)
    {
        _temp.Write("a.md", "one\n");

        Assert.Null(new SourceLines().Snippet(At(path, line, column)));
    }

    [Fact]
    public void A_column_past_the_end_of_the_line_points_just_after_it()
    {
        _temp.Write("a.md", "title: \"open\n");

        Assert.Equal("title: \"open".Length, new SourceLines().Snippet(At("a.md", 1, 40))!.Caret);
    }

    [Fact]
    public void Files_in_an_unreadable_folder_are_not_shown()
    {
        _temp.Write("output/index.html", "<p>the previous build</p>\n");

        Assert.Null(new SourceLines(unreadableFolder: _temp.Combine("output")).Snippet(At("output/index.html", 1, 1)));
        Assert.NotNull(new SourceLines(unreadableFolder: _temp.Combine("out")).Snippet(At("output/index.html", 1, 1)));
    }

    public void Dispose() => _temp.Dispose();

    private SourceLocation At(string path, int line, int column) => new(_temp.Combine(path), line, column);
}
