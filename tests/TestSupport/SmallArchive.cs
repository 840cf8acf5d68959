using Broadsheet.Build;

namespace Broadsheet.Tests.TestSupport;

/// <summary>
/// A small archive written into a temp folder: site.yml with two sections, one issue (2024-03-06) and one topic, then
/// whatever articles a test adds; built into <see cref="Output"/> next to it.
/// </summary>
public sealed class SmallArchive : IDisposable
{
    private readonly TempFolder _temp = new();

    /// <param name="siteYml">Lines added to site.yml.</param>
    public SmallArchive(string siteYml = "")
    {
        Write("site.yml", "title: Small Archive\nsections:\n  - id: news\n    title: News\n  - id: history\n    title: History\n" + siteYml);
        Write("issues/2024-03-06.md", "---\ntitle: Issue 1\ndate: 2024-03-06\nnumber: 1\n---\n");
        Write("topics/russia.md", "---\ntitle: Russia\n---\n");
    }

    public string Source => _temp.Combine("site-content");

    public string Output => _temp.Combine("output");

    /// <summary>Writes a file of the source folder.</summary>
    public string Write(string sitePath, string text) => _temp.Write("site-content/" + sitePath, text);

    /// <summary>Writes the raw bytes of a file of the source folder.</summary>
    public string WriteBytes(string sitePath, byte[] bytes) => _temp.WriteBytes("site-content/" + sitePath, bytes);

    /// <summary>An article of the issue, in the history section, under articles/2024/03/.</summary>
    /// <param name="frontMatter">Lines added to the front matter.</param>
    public string Article(string slug, string body, string frontMatter = "") =>
        Write($"articles/2024/03/{slug}.md", $"---\ntitle: {slug}\nissue: 2024-03-06\nsection: history\n{frontMatter}---\n{body}");

    public BuildResult Build(BuildOptions? options = null) =>
        new SiteBuild((options ?? new BuildOptions()) with { Source = Source, Output = Output }).Run();

    /// <summary>The text of a file of the output.</summary>
    public string Read(string outputPath) => File.ReadAllText(Path.Combine(Output, outputPath));

    /// <summary>Every file of the output with its bytes; empty when there is none.</summary>
    public SortedDictionary<string, byte[]> OutputFiles() =>
        Directory.Exists(Output) ? _temp.Snapshot("output") : new SortedDictionary<string, byte[]>(StringComparer.Ordinal);

    public void Dispose() => _temp.Dispose();
}
