using Broadsheet.Diagnostics;
using Broadsheet.Tests.TestSupport;
using Broadsheet.Write;
using Xunit;

namespace Broadsheet.Tests.Write;

public sealed class OutputFolderCheckTests : IDisposable
{
    private readonly TempFolder _root = new();

    public void Dispose() => _root.Dispose();

    [Theory]
    [InlineData("site-content", "site-content")]
    [InlineData("site-content", "site-content/output")]
    [InlineData("site-content/", "site-content")]
    [InlineData("archive/site-content", "archive")]
    public void An_output_folder_that_overlaps_the_source_is_refused(string source, string output)
    {
        var bag = new DiagnosticBag();

        OutputFolderCheck.Check(_root.Combine(source), _root.Combine(output), bag);

        var error = Assert.Single(bag.Sorted());
        Assert.Equal(SourceLocation.Option("--output"), error.Location);
        Assert.Contains("overlaps the source folder", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("site-content", "output")]
    [InlineData("site-content", "site-content-output")]
    [InlineData("site", "site-content")]
    public void A_separate_output_folder_is_accepted(string source, string output)
    {
        var bag = new DiagnosticBag();

        OutputFolderCheck.Check(_root.Combine(source), _root.Combine(output), bag);

        Assert.Empty(bag.Sorted());
    }
}
