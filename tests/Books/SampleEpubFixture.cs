using Broadsheet.Build;

namespace Broadsheet.Tests.Books;

/// <summary>One build of the sample archive for the EPUB tests.</summary>
public sealed class SampleEpubFixture : IDisposable
{
    private readonly TempFolder _temp = new();

    public SampleEpubFixture() => new SiteBuild(new BuildOptions(Source: RepoPaths.SampleContent, Output: Output)).Run();

    public string Output => _temp.Combine("site");

    public IReadOnlyList<string> Books =>
        FolderComparer.Files(Output).Where(f => f.EndsWith(".epub", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();

    public void Dispose() => _temp.Dispose();
}
