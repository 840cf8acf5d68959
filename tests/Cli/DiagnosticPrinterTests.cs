using Broadsheet.Cli.Output;
using Broadsheet.Diagnostics;

namespace Broadsheet.Tests.Cli;

/// <summary>Diagnostics printed as a compiler prints them: location, severity, message, the line and a caret.</summary>
public sealed class DiagnosticPrinterTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public void An_error_prints_its_location_and_message_then_the_line_with_a_caret_under_the_column()
    {
        var path = _temp.Write("a.md", "---\ntitle: x\ntopics: [rusia]\n---\n");
        var output = new StringWriter();

        new DiagnosticPrinter(output, TextStyle.Plain).Print(Diagnostic.Error(new SourceLocation(path, 3, 10), "unknown topic 'rusia'"));

        Assert.Equal(
            $"{path}:3:10: error: unknown topic 'rusia'\n"
            + "    3 | topics: [rusia]\n"
            + "      |          ^\n",
            output.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_location_that_is_not_a_file_prints_the_message_alone()
    {
        var output = new StringWriter();

        new DiagnosticPrinter(output, TextStyle.Plain).Print(Diagnostic.Error(new SourceLocation("--base-url", 1, 1), "not a URL"));

        Assert.Equal("--base-url:1:1: error: not a URL\n", output.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void With_colours_the_severity_is_red_or_yellow_and_the_caret_green()
    {
        var path = _temp.Write("a.md", "title: x\n");
        var output = new StringWriter();
        var printer = new DiagnosticPrinter(output, new TextStyle(true));

        printer.Print(Diagnostic.Error(new SourceLocation(path, 1, 1), "bad"));
        printer.Print(Diagnostic.Warning(new SourceLocation(path, 1, 1), "odd"));

        var text = output.ToString();
        Assert.Contains("\u001b[1;31merror:\u001b[0m", text, StringComparison.Ordinal);
        Assert.Contains("\u001b[1;33mwarning:\u001b[0m", text, StringComparison.Ordinal);
        Assert.Contains("\u001b[1;32m^\u001b[0m", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Count_names_errors_and_warnings_in_the_singular_and_plural()
    {
        Diagnostic[] found =
        [
            Diagnostic.Error(SourceLocation.File("a.md"), "one"),
            Diagnostic.Error(SourceLocation.File("a.md"), "two"),
            Diagnostic.Warning(SourceLocation.File("a.md"), "three"),
        ];

        Assert.Equal("2 errors, 1 warning", DiagnosticPrinter.Count(found));
    }

    public void Dispose() => _temp.Dispose();
}
