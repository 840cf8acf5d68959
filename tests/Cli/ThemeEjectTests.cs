namespace Broadsheet.Tests.Cli;

/// <summary><c>broadsheet theme eject</c> through the real program: the default theme's files, byte for byte, never over a file already there, and the build takes them.</summary>
[Trait("Category", Category.Slow)]
public sealed class ThemeEjectTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public ThemeEjectTests() =>
        TempFolder.CopyFolder(Path.Combine(RepoPaths.Tests, "Golden", "small-archive", "site-content"), _temp.Combine("site-content"));

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Eject_writes_every_file_of_the_default_theme_keeps_what_is_there_and_the_build_uses_them()
    {
        var first = BroadsheetProcess.Run(_temp.Path, "theme", "eject");

        Assert.Equal(0, first.ExitCode);
        var theme = Path.Combine(RepoPaths.Root, "templates");
        var ejected = _temp.Combine("site-content", "templates");
        Assert.Equal(FolderComparer.Files(theme).Order(StringComparer.Ordinal), FolderComparer.Files(ejected).Order(StringComparer.Ordinal));
        Assert.Null(FolderComparer.FirstDifference(theme, ejected));

        var footer = Path.Combine(ejected, "partials", "footer.html");
        File.WriteAllText(footer, File.ReadAllText(footer).Replace("</footer>", "<p>Printed by the chapel.</p></footer>", StringComparison.Ordinal));
        var again = BroadsheetProcess.Run(_temp.Path, "theme", "eject");

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("site-content/templates/partials/footer.html already exists; kept as it is", again.Stdout, StringComparison.Ordinal);
        Assert.Contains("Printed by the chapel.", File.ReadAllText(footer), StringComparison.Ordinal);
        Assert.Equal(0, BroadsheetProcess.Run(_temp.Path, "build", "--quiet").ExitCode);
        Assert.Contains("Printed by the chapel.", File.ReadAllText(_temp.Combine("output", "index.html")), StringComparison.Ordinal);
    }
}
