using Broadsheet.Diagnostics;
using Xunit;

namespace Broadsheet.Tests.Diagnostics;

public sealed class DiagnosticTests
{
    [Fact]
    public void An_error_prints_as_path_line_column_error_message()
    {
        var diagnostic = Diagnostic.Error(
            new SourceLocation("site-content/articles/2014/10/lessons-1917.md", 7, 9),
            "unknown topic 'rusia'; did you mean 'russia'?");

        Assert.Equal(
            "site-content/articles/2014/10/lessons-1917.md:7:9: error: unknown topic 'rusia'; did you mean 'russia'?",
            diagnostic.ToString());
    }

    [Fact]
    public void A_warning_prints_as_path_line_column_warning_message()
    {
        var diagnostic = Diagnostic.Warning(new SourceLocation("site.yml", 3, 1), "unknown key 'titel' is ignored");

        Assert.Equal("site.yml:3:1: warning: unknown key 'titel' is ignored", diagnostic.ToString());
    }

    [Fact]
    public void A_whole_file_location_points_at_its_first_line_and_column()
    {
        Assert.Equal("a/b.md:1:1", SourceLocation.File("a/b.md").ToString());
    }

    [Fact]
    public void Compare_orders_by_path_then_line_then_column_then_message()
    {
        var a = Diagnostic.Error(new SourceLocation("a.md", 2, 5), "z");
        var b = Diagnostic.Error(new SourceLocation("a.md", 10, 1), "a");
        var c = Diagnostic.Error(new SourceLocation("a.md", 10, 3), "a");
        var d = Diagnostic.Error(new SourceLocation("a.md", 10, 3), "b");
        var e = Diagnostic.Error(new SourceLocation("b.md", 1, 1), "a");

        var sorted = new List<Diagnostic> { e, d, c, b, a };
        sorted.Sort(Diagnostic.Compare);

        Assert.Equal([a, b, c, d, e], sorted);
    }

    [Fact]
    public void A_build_failure_counts_only_its_errors()
    {
        var exception = new BuildFailedException(
        [
            Diagnostic.Error(SourceLocation.File("a.md"), "one"),
            Diagnostic.Warning(SourceLocation.File("a.md"), "two"),
            Diagnostic.Error(SourceLocation.File("b.md"), "three"),
        ]);

        Assert.Equal("the build failed with 2 error(s)", exception.Message);
        Assert.Equal(3, exception.Diagnostics.Count);
    }
}
