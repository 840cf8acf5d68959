using Broadsheet.Cli.Output;

namespace Broadsheet.Tests.Cli;

/// <summary>Colours on a terminal only, and never with NO_COLOR or TERM=dumb; plain text when redirected.</summary>
public sealed class TerminalTests
{
    [Theory]
    [InlineData(true, null, null, true)]
    [InlineData(false, null, null, false)]
    [InlineData(true, "1", null, false)]
    [InlineData(true, null, "dumb", false)]
    [InlineData(true, "", "xterm-256color", true)]
    public void Colours_are_used_only_on_a_terminal_without_NO_COLOR(bool isTerminal, string? noColor, string? term, bool colours)
    {
        var terminal = Terminal.Create(
            TextWriter.Null, TextWriter.Null, isTerminal, isTerminal, name => name switch { "NO_COLOR" => noColor, "TERM" => term, _ => null });

        Assert.Equal(colours, terminal.ErrorStyle.Enabled);
        Assert.Equal(colours, terminal.OutStyle.Enabled);
        Assert.Equal(isTerminal, terminal.OutIsInteractive);
    }

    [TerminalFact]
    [Trait("Category", Category.Slow)]
    public void Diagnostics_are_coloured_on_a_real_terminal_and_plain_with_NO_COLOR()
    {
        var caseFolder = Path.Combine(RepoPaths.Tests, "Errors", "unknown-topic");
        using var temp = new TempFolder();

        var coloured = BroadsheetProcess.RunOnTerminal(caseFolder, [], "build", "--output", temp.Combine("output"));
        var plain = BroadsheetProcess.RunOnTerminal(caseFolder, [("NO_COLOR", "1")], "build", "--output", temp.Combine("output"));

        Assert.Equal(1, coloured.ExitCode);
        Assert.Contains("\u001b[1;31merror:\u001b[0m", coloured.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, plain.ExitCode);
        Assert.Contains("wrong-topic.md:5:10: error: unknown topic 'rusia'; did you mean 'russia'?\n    5 | topics: [rusia]\n      |          ^\n", plain.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[1;31m", plain.Stdout, StringComparison.Ordinal);
    }
}
