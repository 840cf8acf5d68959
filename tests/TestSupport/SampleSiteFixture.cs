using Broadsheet.Build;

namespace Broadsheet.Tests.TestSupport;

/// <summary>One build of the sample archive as it is, shared by the tests of a class, which only read it.</summary>
public sealed class SampleSiteFixture : IDisposable
{
    private readonly TempFolder _temp = new();

    public SampleSiteFixture() => new SiteBuild(new BuildOptions(Source: RepoPaths.SampleContent, Output: Output)).Run();

    public string Output => _temp.Combine("site");

    /// <summary>The issues' books, by path in the output.</summary>
    public IReadOnlyList<string> Books =>
        FolderComparer.Files(Output).Where(f => f.EndsWith(".epub", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();

    public void Dispose() => _temp.Dispose();
}
