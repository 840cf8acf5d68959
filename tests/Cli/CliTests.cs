using System.Text.RegularExpressions;

namespace Broadsheet.Tests.Cli;

/// <summary>The program as users run it: commands, exit codes and what it prints.</summary>
[Trait("Category", Category.Slow)]
public sealed class CliTests
{
    [Fact]
    public void Help_prints_the_usage_the_commands_and_the_exit_codes_and_exits_0()
    {
        var result = BroadsheetProcess.Run(RepoPaths.Root, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:\n  broadsheet [command] [options]\n", result.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"\n  build +Build the archive", result.Stdout);
        Assert.Matches(@"\n  check <DIR> +Check a site", result.Stdout);
        Assert.Contains("\nExit codes:\n  0  done\n", result.Stdout, StringComparison.Ordinal);
        Assert.Equal("", result.Stderr);
    }

    [Theory]
    [InlineData("build", "--source", "--templates", "--output", "--drafts", "--base-url", "--warnings-as-errors", "--quiet", "--verbose")]
    [InlineData("check", "<DIR>", "--quiet", "--verbose")]
    [InlineData("serve", "--source", "--templates", "--drafts", "--port", "--host")]
    [InlineData("new article", "<TITLE>", "--source", "--issue", "--section", "--topics", "--author", "--date", "--slug", "--draft")]
    [InlineData("new issue", "--source", "--date", "--number", "--title")]
    [InlineData("new topic", "<ID>", "--source", "--title", "--description")]
    [InlineData("new site", "<DIR>", "--title")]
    public void Every_command_has_help_that_describes_each_of_its_options(string command, params string[] options)
    {
        var result = BroadsheetProcess.Run(RepoPaths.Root, [.. command.Split(' '), "--help"]);
        var same = BroadsheetProcess.Run(RepoPaths.Root, ["help", .. command.Split(' ')]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"Usage:\n  broadsheet {command} ", result.Stdout, StringComparison.Ordinal);
        foreach (var option in options)
        {
            // Each option's line has a description after it, not just its name.
            Assert.Matches($@"\n  (-\w, )?{option}( <\w+>)?( \(REQUIRED\))? +[A-Z]", result.Stdout);
        }

        Assert.Equal(result.Stdout, same.Stdout);
    }

    [Theory]
    [InlineData("error: unknown option '--sauce' for broadsheet build; did you mean '--source'?\n", "build", "--sauce", "x")]
    [InlineData("error: unknown command 'bild' for broadsheet; did you mean 'build'?\n", "bild")]
    [InlineData("error: unknown command 'bild' for broadsheet; did you mean 'build'?\n", "bild", "--source", "paper", "extra")]
    [InlineData("error: unknown command 'artcle' for broadsheet new; did you mean 'article'?\n", "new", "artcle", "The strike")]
    [InlineData("error: unexpected argument 'b' for broadsheet check; it takes DIR at most\n", "check", "a", "b")]
    [InlineData("error: --quiet and --verbose cannot be used together\n", "build", "--quiet", "--verbose")]
    [InlineData("error: --host must be an IP address such as 127.0.0.1 or 0.0.0.0; 'my-phone' is not\n", "serve", "--host", "my-phone")]
    public void A_mistake_on_the_command_line_is_named_with_a_suggestion(string expected, params string[] args)
    {
        var result = BroadsheetProcess.Run(RepoPaths.Root, args);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith(expected, result.Stderr, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(result.Stderr, "^error: ", RegexOptions.Multiline));
        Assert.Contains($"Run 'broadsheet {(args[0] == "bild" ? "" : args[0] + " ")}--help' for every option", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Quiet_prints_nothing_when_the_build_succeeds()
    {
        using var temp = new TempFolder();
        TempFolder.CopyFolder(Path.Combine(RepoPaths.Tests, "Golden", "small-archive", "site-content"), temp.Combine("site-content"));

        var result = BroadsheetProcess.Run(temp.Path, "build", "--quiet");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Equal("", result.Stderr);
        Assert.True(File.Exists(temp.Combine("output", "index.html")));
    }

    [Fact]
    public void Version_prints_the_version_and_exits_0()
    {
        var result = BroadsheetProcess.Run(RepoPaths.Root, "--version");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^broadsheet \d+\.\d+\.\d+ \(commit [0-9a-f]{7}\)\n$", result.Stdout);
    }

    [Theory]
    [InlineData("publish")]
    [InlineData("build", "--sauce", "x")]
    [InlineData("build", "--output")]
    [InlineData]
    public void A_wrong_command_line_exits_2_with_the_usage(params string[] args)
    {
        var result = BroadsheetProcess.Run(RepoPaths.Root, args);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: ", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("Usage:", result.Stderr, StringComparison.Ordinal);
        Assert.Equal("", result.Stdout);
    }

    [Fact]
    public void Build_with_no_options_builds_site_content_into_output_and_check_accepts_it()
    {
        using var temp = new TempFolder();
        TempFolder.CopyFolder(RepoPaths.SampleContent, temp.Combine("site-content"));

        var build = BroadsheetProcess.Run(temp.Path, "build");
        var check = BroadsheetProcess.Run(temp.Path, "check");

        Assert.Equal(0, build.ExitCode);
        Assert.Matches(
            @"^note: no Atom feeds, sitemap.xml or robots.txt: they need the site's address; set base_url in site.yml or pass --base-url\n"
            + @"built (\d+) pages from site-content into output in [\d.]+ s: 47 articles, 6 issues, 15 topics\n"
            + @"  \1 pages written, 0 unchanged; \d+ of \d+ files written; 4 photographs sized; \d+ links checked\n"
            + @"  load [\d.]+ s, model [\d.]+ s, graph [\d.]+ s, render\+write [\d.]+ s, search [\d.]+ s, books [\d.]+ s, images [\d.]+ s, check [\d.]+ s\n$",
            build.Stdout);
        Assert.Equal("", build.Stderr);
        Assert.True(File.Exists(temp.Combine("output", "index.html")));
        Assert.Equal(0, check.ExitCode);
        Assert.Matches(@"^checked \d+ pages and \d+ links: all resolve\n$", check.Stdout);
    }

    [Fact]
    public void Check_reports_a_broken_link_with_its_page_line_and_column_and_exits_1()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.Combine("site"));
        File.WriteAllText(temp.Combine("site", "index.html"), "<!DOCTYPE html>\n<title>x</title>\n<p><a href=\"gone.html\">gone</a></p>\n");

        var result = BroadsheetProcess.Run(temp.Path, "check", "site");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith(
            "site/index.html:3:4: error: broken link 'gone.html': there is no file gone.html\n"
            + "    3 | <p><a href=\"gone.html\">gone</a></p>\n"
            + "      |    ^\n",
            result.Stderr,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_warning_is_printed_but_the_build_succeeds()
    {
        using var temp = new TempFolder();
        TempFolder.CopyFolder(Path.Combine(RepoPaths.Tests, "Golden", "small-archive", "site-content"), temp.Combine("site-content"));
        File.WriteAllText(
            temp.Combine("site-content", "topics", "printers.md"),
            "---\ntitle: Printers\ndescripton: misspelt\n---\n");

        var result = BroadsheetProcess.Run(temp.Path, "build");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            "site-content/topics/printers.md:3:1: warning: unknown key 'descripton' is ignored; did you mean 'description'?\n"
            + "    3 | descripton: misspelt\n"
            + "      | ^\n",
            result.Stderr);
        Assert.Contains("links checked; 0 errors, 1 warning\n", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Verbose_prints_each_stage_with_its_time_and_allocations_a_line_per_tenth_of_the_pages_and_the_peak_working_set()
    {
        using var temp = new TempFolder();
        TempFolder.CopyFolder(RepoPaths.SampleContent, temp.Combine("site-content"));

        var result = BroadsheetProcess.Run(temp.Path, "build", "--verbose");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.Split('\n');
        Assert.Equal(["load", "model", "graph", "render+write", "search", "books", "images", "check"], lines.Where(l => Regex.IsMatch(l, @"^[a-z+]+ +[\d.]+ s +[\d.]+ s CPU +\d+ MB allocated")).Select(l => l.Split(' ')[0]));
        Assert.Equal(10, lines.Count(l => Regex.IsMatch(l, @"^rendered \d+/\d+ pages$")));
        Assert.Contains(lines, l => l.StartsWith("built ", StringComparison.Ordinal));
        Assert.Contains(lines, l => Regex.IsMatch(l, @"^  allocated \d+ MB in all; peak working set \d+ MB$"));
        Assert.Contains(lines, l => Regex.IsMatch(l, @"^  \d+ garbage collections? \(\d+ of gen 1, \d+ of gen 2\), paused [\d.]+ s; \d+ methods compiled by the JIT in [\d.]+ s$"));
    }

    [TerminalFact]
    public void On_a_terminal_a_live_counter_of_pages_is_redrawn_in_place_then_cleared_for_the_summary()
    {
        using var temp = new TempFolder();
        TempFolder.CopyFolder(RepoPaths.SampleContent, temp.Combine("site-content"));

        var result = BroadsheetProcess.RunOnTerminal(temp.Path, [], "build");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"\r\u001b\[K\u001b\[2mrendering pages \[#+\] (\d+)/\1\u001b\[0m", result.Stdout);
        Assert.Contains("\r\u001b[Knote: no Atom feeds", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("\n\u001b[1;32mbuilt\u001b[0m ", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("rendered ", result.Stdout, StringComparison.Ordinal);
    }
}
