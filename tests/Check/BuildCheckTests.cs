using Broadsheet.Build;
using Broadsheet.Check;
using Broadsheet.Diagnostics;
using Broadsheet.Tests.TestSupport;
using Broadsheet.Write;
using Xunit;

namespace Broadsheet.Tests.Check;

/// <summary>
/// The Check stage of a build works from what Render noted: a full build reads no page back, and an incremental build
/// reads a kept page only for the ids a #fragment needs, or every kept page when links on them may have broken.
/// </summary>
public sealed class BuildCheckTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly DiagnosticBag _bag = new();
    private readonly List<string> _read = [];

    public void Dispose() => _temp.Dispose();

    private string Output => _temp.Combine("output");

    [Fact]
    public void A_full_build_checks_what_was_noted_and_reads_no_page_back()
    {
        var build = Start(null);
        Render(build, "index.html", "<a href=\"a.html#top\">A</a> <a href=\"b.html\">B</a>\n<a href=\"a.html#gone\">Gone</a>");
        Render(build, "a.html", "<h1 id=\"top\">A</h1>");
        Render(build, "b.html", "<p>B</p>");

        var report = Check(build, fromWholePreviousOutput: false);

        Assert.Empty(_read);
        Assert.Equal(["output/index.html:4:1: error: broken link 'a.html#gone': a.html has no element with id 'gone'"], _bag.Printed());
        Assert.Equal(3, report.Pages);
        Assert.All(build.Writer.Files.Values, f => Assert.NotNull(f.IdsHash));
    }

    [Fact]
    public void An_incremental_build_reads_a_kept_page_only_for_the_ids_a_fragment_on_it_needs()
    {
        var previous = FirstBuild();
        var build = Start(previous);
        build.Writer.Keep("a.html");
        build.Writer.Keep("b.html");
        Render(build, "index.html", "<a href=\"a.html#top\">A</a> <a href=\"b.html\">B</a>\n<a href=\"a.html#gone\">Gone</a>");

        var report = Check(build, fromWholePreviousOutput: true);

        Assert.Equal(["a.html"], _read);
        Assert.Equal(["output/index.html:4:1: error: broken link 'a.html#gone': a.html has no element with id 'gone'"], _bag.Printed());
        Assert.Equal(1, report.Pages);
    }

    [Fact]
    public void When_a_rendered_page_has_other_ids_every_kept_page_is_read_and_checked()
    {
        var previous = FirstBuild();
        var build = Start(previous);
        build.Writer.Keep("index.html");
        build.Writer.Keep("b.html");
        Render(build, "a.html", "<h1 id=\"head\">A</h1>");

        var report = Check(build, fromWholePreviousOutput: true);

        Assert.Equal(["b.html", "index.html"], _read.Order(StringComparer.Ordinal));
        Assert.Equal(["output/index.html:3:1: error: broken link 'a.html#top': a.html has no element with id 'top'"], _bag.Printed());
        Assert.Equal(3, report.Pages);
    }

    [Fact]
    public void When_a_file_went_every_kept_page_is_read_and_checked()
    {
        var previous = FirstBuild();
        var build = Start(previous, "index.html", "a.html");
        build.Writer.Keep("index.html");
        Render(build, "a.html", "<h1 id=\"top\">A</h1>");
        build.Writer.RemoveLeftovers();

        Check(build, fromWholePreviousOutput: true);

        Assert.Equal(["index.html"], _read);
        Assert.Equal(["output/index.html:3:28: error: broken link 'b.html': there is no file b.html"], _bag.Printed());
    }

    [Fact]
    public void On_an_incremental_build_a_link_to_a_heading_of_a_page_kept_unrendered_resolves_and_a_wrong_one_is_found()
    {
        const string Article = "articles/2024/03/coalfields-forty-years-after.md";
        var source = _temp.Combine("site-content");
        TempFolder.CopyFolder(RepoPaths.SampleContent, source);
        File.AppendAllText(Path.Combine(source, "topics/chartism.md"), "## The petitions\n\nThree of them.\n");
        File.AppendAllText(Path.Combine(source, Article), "\nSee [the Chartists](../../../topics/chartism.html#the-petitions).\n");
        Build(source);
        var topicPage = File.GetLastWriteTimeUtc(Path.Combine(Output, "topics/chartism.html"));

        // The article is rendered again and its links noted; the topic page, which does not list it, is kept.
        File.AppendAllText(Path.Combine(source, Article), "\nA line the desk added.\n");
        Build(source);
        Assert.Equal(topicPage, File.GetLastWriteTimeUtc(Path.Combine(Output, "topics/chartism.html")));

        File.AppendAllText(Path.Combine(source, Article), "\nAnd [the rest](../../../topics/chartism.html#the-marches).\n");
        var failure = Assert.Throws<BuildFailedException>(() => Build(source));

        var error = Assert.Single(failure.Diagnostics);
        Assert.EndsWith(Article, error.Location.Path, StringComparison.Ordinal);
        Assert.Contains("topics/chartism.html has no element with id 'the-marches'", error.Message, StringComparison.Ordinal);
    }

    /// <summary>An incremental build, with the cache and the image store in it as <c>broadsheet build --cache</c> has them.</summary>
    private void Build(string source) =>
        new SiteBuild(new BuildOptions(
            Source: source,
            Output: Output,
            BaseUrl: "https://example.org/archive/",
            Cache: _temp.Combine(".broadsheet-cache"),
            Images: _temp.Combine(".broadsheet-cache/image-store"))).Run();

    /// <summary>A first build of three pages, swapped in as the output; its files, as the next build starts from them.</summary>
    private IReadOnlyDictionary<string, OutputEntry> FirstBuild()
    {
        var build = Start(null);
        Render(build, "index.html", "<a href=\"a.html#top\">A</a> <a href=\"b.html\">B</a>");
        Render(build, "a.html", "<h1 id=\"top\">A</h1>");
        Render(build, "b.html", "<p>B</p>");
        Check(build, fromWholePreviousOutput: false);
        Assert.Empty(_bag.Sorted());
        build.Staging.Commit().GetAwaiter().GetResult();
        _read.Clear();
        return build.Writer.Files;
    }

    /// <param name="pages">The pages the build will write; all three when none are named.</param>
    private TestBuild Start(IReadOnlyDictionary<string, OutputEntry>? previous, params string[] pages)
    {
        var staging = StagingFolder.Create(Output);
        var linked = staging.HardLinkFrom(previous?.ToDictionary(f => f.Key, f => (f.Value.Size, f.Value.WriteTicks)) ?? []);
        var known = (pages.Length == 0 ? ["index.html", "a.html", "b.html"] : pages).ToHashSet(StringComparer.Ordinal);
        return new TestBuild(staging, new OutputWriter(staging, previous ?? new Dictionary<string, OutputEntry>(), linked), new PageNotes(known, "output", "/"));
    }

    /// <summary>What the render loop does with a page: it is noted, then written.</summary>
    private static void Render(TestBuild build, string page, string body)
    {
        var html = $"<!DOCTYPE html>\n<html><head><title>x</title></head><body>\n{body}\n</body></html>\n";
        build.Notes.Note(page, html);
        build.Writer.WriteText(page, html);
    }

    private CheckReport Check(TestBuild build, bool fromWholePreviousOutput) =>
        BuildCheck.Run(build.Notes, build.Staging.Path, build.Writer, fromWholePreviousOutput, _bag, page =>
        {
            lock (_read)
            {
                _read.Add(page);
            }

            return File.ReadAllText(build.Staging.FullPathOf(page));
        });

    private sealed record TestBuild(StagingFolder Staging, OutputWriter Writer, PageNotes Notes);
}
