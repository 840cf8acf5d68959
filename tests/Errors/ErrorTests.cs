using Broadsheet.Tests.Cli;

namespace Broadsheet.Tests.Errors;

/// <summary>
/// Builds each broken archive under <c>tests/Errors/&lt;case&gt;</c> with the program's entry point and compares what it
/// prints with <c>expected-errors.txt</c>, exactly; the build must exit 1 and leave the previous output untouched.
/// An optional <c>args.txt</c> adds arguments. <c>BROADSHEET_UPDATE_GOLDEN=1</c> rewrites the expected text.
/// </summary>
/// <remarks>
/// Every case runs in this process (a process each took most of a second); a few run as the real program too, to
/// show that what a user sees on a redirected stream is the same text.
/// </remarks>
[Collection(WorkingFolderTests.Name)]
public sealed class ErrorTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var folder in Directory.EnumerateDirectories(Path.Combine(RepoPaths.Tests, "Errors")).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(folder));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Broken_archive_fails_with_exactly_the_expected_messages_and_keeps_the_old_output(string name) =>
        BuildAndCompare(name, BroadsheetInProcess.Run);

    [Theory]
    [Trait("Category", Category.Slow)]
    [InlineData("every-kind-in-one-run")]
    [InlineData("output-inside-source")]
    [InlineData("template-syntax-error")]
    public void Broken_archive_built_by_the_real_program_fails_with_exactly_the_expected_messages(string name) =>
        BuildAndCompare(name, BroadsheetProcess.Run);

    private static void BuildAndCompare(string name, Func<string, string[], BroadsheetProcess.Result> broadsheet)
    {
        var caseFolder = Path.Combine(RepoPaths.Tests, "Errors", name);
        using var temp = new TempFolder();
        var output = temp.Combine("output");
        Directory.CreateDirectory(Path.Combine(output, "articles"));
        File.WriteAllText(Path.Combine(output, "index.html"), "the previous build");
        File.WriteAllText(Path.Combine(output, "articles", "old.html"), "an old page");

        var argsFile = Path.Combine(caseFolder, "args.txt");
        string[] extra = File.Exists(argsFile) ? File.ReadAllText(argsFile).Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries) : [];
        // A case that names its own output (to test the option) is run with that one alone.
        string[] outputOption = extra.Contains("--output") ? [] : ["--output", output];
        var result = broadsheet(caseFolder, ["build", .. outputOption, .. extra]);

        // The output folder's path differs on every run; the expected text names it "OUTPUT".
        var actual = result.Stderr.Replace(Path.GetRelativePath(caseFolder, output).Replace('\\', '/'), "OUTPUT", StringComparison.Ordinal)
            .Replace(output, "OUTPUT", StringComparison.Ordinal);
        var expectedFile = Path.Combine(caseFolder, "expected-errors.txt");
        if (Environment.GetEnvironmentVariable("BROADSHEET_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(expectedFile, actual);
        }

        Assert.Equal(File.ReadAllText(expectedFile), actual);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Equal(["articles/old.html", "index.html"], FolderComparer.Files(output).Order(StringComparer.Ordinal));
        Assert.Equal("the previous build", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(temp.Path), e => Path.GetFileName(e).StartsWith('.'));
    }
}
