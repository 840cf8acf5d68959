using Broadsheet.Build;

namespace Broadsheet.Tests.Cache;

/// <summary>
/// A copy of the sample archive to edit step by step, built each time from the previous output and the cache, and compared
/// byte for byte with a clean build of the same sources (no cache, into a folder of its own).
/// </summary>
/// <remarks>
/// Unless <c>cleanPhotographs</c> is set, the clean builds keep their photographs' derivatives in an image store of their
/// own, apart from the cache the incremental builds use: a derivative is made of the photograph's bytes alone, so what the
/// first clean build made is what every later one would make, and making it again took a third of each clean build.
/// </remarks>
/// <param name="cleanPhotographs">Every clean build makes every derivative afresh: for a series that changes photographs.</param>
/// <param name="ownTheme">Builds with a copy of the default theme (<see cref="Theme"/>, given as --templates), for a series that edits it.</param>
public sealed class IncrementalArchive(bool cleanPhotographs = false, bool ownTheme = false) : IDisposable
{
    /// <summary>The editorial of 6 March 2024, the article most steps edit.</summary>
    public const string Editorial = "articles/2024/03/editorial.md";

    public const string EditorialPage = "articles/2024/03/editorial.html";

    private readonly TempFolder _temp = CopyOfSample(ownTheme);

    public string Source => _temp.Combine("site-content");

    public string Output => _temp.Combine("output");

    /// <summary>The theme folder the builds are given, with <c>ownTheme</c>; null without.</summary>
    public string? Theme => ownTheme ? _temp.Combine("theme") : null;

    /// <summary>The incremental builds' cache.</summary>
    public string Cache => _temp.Combine(".broadsheet-cache");

    /// <summary>The full path of <paramref name="relative"/> inside the temporary folder that holds the archive and its builds.</summary>
    public string Combine(string relative) => _temp.Combine(relative);

    /// <summary>Every file of the output with its bytes.</summary>
    public SortedDictionary<string, byte[]> OutputSnapshot() => _temp.Snapshot("output");

    /// <summary>The previous tree the cache keeps, to start the next build's staging folder from.</summary>
    public SortedDictionary<string, byte[]> PreviousTreeSnapshot() => _temp.Snapshot(".broadsheet-cache/previous-output");

    /// <summary>Makes the edit, builds, and asserts that the output is what a clean build makes.</summary>
    public void Edit(string step, Action edit)
    {
        edit();
        Build();
        AssertSameAsCleanBuild(step);
    }

    /// <summary>An incremental build, and the output files it wrote (by last-write time).</summary>
    public (BuildResult Result, List<string> Written) Build()
    {
        var before = Stamps();
        var result = new SiteBuild(Options(Output, Cache, Path.Combine(Cache, "image-store"))).Run();
        var after = Stamps();
        var written = after.Where(f => !before.TryGetValue(f.Key, out var stamp) || stamp != f.Value).Select(f => f.Key).Order(StringComparer.Ordinal).ToList();
        return (result, written);
    }

    public void AssertSameAsCleanBuild(string step)
    {
        var clean = _temp.Combine("clean");
        new SiteBuild(Options(clean, cache: null, images: cleanPhotographs ? null : _temp.Combine("clean-image-store"))).Run();
        Assert.True(FolderComparer.FirstDifference(clean, Output) is null, $"{step}: {FolderComparer.FirstDifference(clean, Output)}");
    }

    /// <summary>Writes a file below the temporary folder (a source file's path starts with <c>site-content/</c>).</summary>
    public void Write(string relative, string text) => _temp.Write(relative, text);

    public void WriteBytes(string relative, byte[] bytes) => _temp.WriteBytes(relative, bytes);

    public void Append(string relative, string text) => File.AppendAllText(Path.Combine(Source, relative), text);

    public void Replace(string relative, string from, string to)
    {
        var path = Path.Combine(Source, relative);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    public void Rename(string from, string to) => File.Move(Path.Combine(Source, from), Path.Combine(Source, to));

    public void Delete(string relative) => File.Delete(Path.Combine(Source, relative));

    public void Dispose() => _temp.Dispose();

    private static TempFolder CopyOfSample(bool ownTheme)
    {
        var temp = new TempFolder();
        TempFolder.CopyFolder(RepoPaths.SampleContent, temp.Combine("site-content"));
        if (ownTheme)
        {
            TempFolder.CopyFolder(Path.Combine(RepoPaths.Root, "templates"), temp.Combine("theme"));
        }

        return temp;
    }

    private BuildOptions Options(string output, string? cache, string? images) =>
        new(Source: Source, Templates: Theme, Output: output, BaseUrl: "https://example.org/archive/", Cache: cache, Images: images);

    /// <summary>Every output file's last-write time (to the tick): a file written again has a new one.</summary>
    private Dictionary<string, DateTime> Stamps() =>
        FolderComparer.Files(Output).ToDictionary(f => f, f => File.GetLastWriteTimeUtc(Path.Combine(Output, f)), StringComparer.Ordinal);
}
