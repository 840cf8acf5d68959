using Broadsheet.Cli;
using Broadsheet.Cli.Output;
using Broadsheet.Import;
using Broadsheet.Tests.Cli;

namespace Broadsheet.Tests.Import;

/// <summary><c>broadsheet import</c> on the command line: its help, its options, its summary, progress and errors.</summary>
public sealed class ImportCommandTests
{
    private static (int Code, string Out, string Error) Run(params string[] args)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var code = Program.Run(args, Terminal.Plain(stdout, stderr));
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void The_command_line_gives_every_option_to_the_import()
    {
        var parsed = CommandLine.Parse(["import", "wordpress", "export.xml", "--into", "paper", "--uploads", "up", "--pages", "--categories", "sections",
            "--timezone", "Europe/London", "--redirects", "nginx", "--dry-run", "--force", "--max-size", "10"]);

        var options = Assert.IsType<ImportCommand>(parsed.Command).Options;
        Assert.Equal(new ImportOptions("wordpress", "export.xml", "paper")
        {
            Uploads = "up", Pages = true, Categories = "sections", TimeZone = "Europe/London", Redirects = "nginx", DryRun = true, Force = true, MaxFileBytes = 10L * 1024 * 1024,
        }, options);
    }

    [Theory]
    [InlineData("import --help", "eleventy")]
    [InlineData("import wordpress --help", "--timezone")]
    [InlineData("help import html", "--profile")]
    public void Help_describes_the_import_commands(string line, string expected)
    {
        var (code, output, _) = Run(line.Split(' '));

        Assert.Equal(0, code);
        Assert.Contains(expected, output, StringComparison.Ordinal);
        Assert.Contains("Examples:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mistyped_option_is_a_usage_error_with_a_suggestion()
    {
        var (code, _, error) = Run("import", "wordpress", "export.xml", "--upload", "x");

        Assert.Equal(2, code);
        Assert.Contains("unknown option '--upload' for broadsheet import wordpress; did you mean '--uploads'?", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_import_prints_its_summary_and_its_warnings()
    {
        using var temp = new TempFolder();
        var (code, output, error) = Run("import", "wordpress", ImportCases.Input("wordpress", "export.xml"), "--into", temp.Combine("paper", "site-content"),
            "--uploads", ImportCases.Input("wordpress", "uploads"));

        Assert.Equal(0, code);
        Assert.StartsWith("imported 10 articles, 0 issues, 7 topics, 3 authors; 8 warnings\n", output, StringComparison.Ordinal);
        Assert.Contains("post 109: warning: 'Members only: the strike fund accounts' is password-protected", error, StringComparison.Ordinal);
        Assert.True(File.Exists(temp.Combine("paper", "import-report.md")));
    }

    [Fact]
    public void A_dry_run_lists_what_it_would_write_and_writes_nothing()
    {
        using var temp = new TempFolder();
        var (code, output, _) = Run("import", "hugo", ImportCases.Input("hugo"), "--into", temp.Combine("paper", "site-content"), "--dry-run");

        Assert.Equal(0, code);
        Assert.Contains("would create articles/2014/11/dockers-win-pay-claim.md\n", output, StringComparison.Ordinal);
        Assert.Contains("dry run, nothing written: imported 2 articles", output, StringComparison.Ordinal);
        Assert.Contains("  would create 11 files and update 0;", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.Combine("paper")));
    }

    [Fact]
    public void A_refused_input_is_one_error_line_and_exit_code_1()
    {
        using var temp = new TempFolder();
        var export = temp.Write("hostile.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<rss/>");

        var (code, _, error) = Run("import", "wordpress", export, "--into", temp.Combine("paper", "site-content"));

        Assert.Equal(1, code);
        Assert.Contains("hostile.xml:2:1: error: the export holds a DTD", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_import_shows_its_progress_in_tenths_when_redirected()
    {
        using var output = new StringWriter { NewLine = "\n" };
        var progress = new ImportProgress(Terminal.Plain(output, TextWriter.Null));

        progress.Started(1000);
        for (var i = 0; i < 1000; i++)
        {
            progress.ArticleDone();
        }

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(10, lines.Length);
        Assert.Equal("imported 100 of 1,000 articles", lines[0]);
        Assert.Equal("imported 1,000 of 1,000 articles", lines[^1]);
    }

    [Fact]
    public void On_a_terminal_the_first_reading_and_the_counter_redraw_one_line()
    {
        using var output = new StringWriter { NewLine = "\n" };
        var progress = new ImportProgress(Terminal.Plain(output, TextWriter.Null) with { OutIsInteractive = true });

        progress.Reading("reading export.xml");
        progress.Started(1);
        progress.ArticleDone();
        progress.Clear();

        Assert.Equal("\r\u001b[Kreading export.xml\r\u001b[Kimporting 1 of 1 articles\r\u001b[K", output.ToString());
    }

    [Fact]
    [Trait("Category", Category.Slow)]
    public void The_program_imports_and_then_builds_the_result()
    {
        using var temp = new TempFolder();
        var imported = BroadsheetProcess.Run(temp.Path, "import", "wordpress", ImportCases.Input("wordpress", "export.xml"), "--uploads", ImportCases.Input("wordpress", "uploads"));
        var built = BroadsheetProcess.Run(temp.Path, "build", "--drafts");

        Assert.Equal(0, imported.ExitCode);
        Assert.Contains("imported 10 articles", imported.Stdout, StringComparison.Ordinal);
        Assert.True(built.ExitCode == 0, built.Stderr);
        Assert.True(File.Exists(temp.Combine("output", "articles", "2014", "10", "lessons-from-history-1917.html")));
    }
}
