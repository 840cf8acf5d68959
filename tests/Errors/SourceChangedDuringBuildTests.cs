using Broadsheet.Build;
using Broadsheet.Diagnostics;
using Broadsheet.Progress;

namespace Broadsheet.Tests.Errors;

/// <summary>
/// Bodies are read again from their files while pages are rendered. An editor who saves (or deletes) an article in the
/// middle of a build gets an error at that file, not an internal error, and the output from before.
/// </summary>
public sealed class SourceChangedDuringBuildTests : IDisposable
{
    private const string Article = "articles/2024/03/asbestos-schools-petition.md";

    private readonly TempFolder _temp = new();

    public SourceChangedDuringBuildTests() => TempFolder.CopyFolder(RepoPaths.SampleContent, _temp.Combine("site-content"));

    public void Dispose() => _temp.Dispose();

    private string Source(string relative) => _temp.Combine("site-content/" + relative);

    private BuildOptions Options => new(Source: _temp.Combine("site-content"), Output: _temp.Combine("output"));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_body_edited_or_deleted_once_rendering_began_is_an_error_at_its_file_and_the_output_is_left_as_it_was(bool delete)
    {
        new SiteBuild(Options).Run();
        var before = Directory.GetFiles(_temp.Combine("output"), "*", SearchOption.AllDirectories)
            .ToDictionary(f => f, File.ReadAllBytes);

        var progress = new AtStage(BuildStage.Render, () =>
        {
            if (delete)
            {
                File.Delete(Source(Article));
            }
            else
            {
                File.AppendAllText(Source(Article), "\nA paragraph saved in the middle of the build.\n");
            }
        });
        var failure = Assert.Throws<BuildFailedException>(() => new SiteBuild(Options, progress).Run());

        var error = Assert.Single(failure.Diagnostics);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.EndsWith(Article, error.Location.Path, StringComparison.Ordinal);
        Assert.Contains(delete ? "could not be read again while the site was being built" : "the file changed while the site was being built", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("nothing was written: build again", error.Message, StringComparison.Ordinal);
        var after = Directory.GetFiles(_temp.Combine("output"), "*", SearchOption.AllDirectories);
        Assert.Equal(before.Keys.Order(), after.Order());
        Assert.All(after, f => Assert.Equal(before[f], File.ReadAllBytes(f)));
    }

    /// <summary>Does something as a stage starts, as an editor might at that moment.</summary>
    private sealed class AtStage(BuildStage stage, Action act) : IBuildProgress
    {
        public void StageStarted(BuildStage started)
        {
            if (started == stage)
            {
                act();
            }
        }

        public void StageFinished(StageTiming timing)
        {
        }

        public void PagesToRender(int total)
        {
        }

        public void PageRendered()
        {
        }
    }
}
