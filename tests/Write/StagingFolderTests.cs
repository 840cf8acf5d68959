using System.Text;
using Broadsheet.Tests.TestSupport;
using Broadsheet.Write;
using Xunit;

namespace Broadsheet.Tests.Write;

public sealed class StagingFolderTests : IDisposable
{
    private readonly TempFolder _parent = new();

    private string Output => _parent.Combine("output");

    public void Dispose() => _parent.Dispose();

    private void WriteOldOutput()
    {
        _parent.Write("output/index.html", "<p>old home</p>");
        _parent.Write("output/articles/2014/10/removed.html", "<p>gone in the new build</p>");
        _parent.Write("output/.git/HEAD", "ref: refs/heads/gh-pages\n");
        _parent.Write("output/.git/objects/ab/cdef", "object");
        _parent.Write("output/.nojekyll", "");
        _parent.Write("output/CNAME", "archive.example.org\n");
    }

    [Fact]
    public void The_staging_folder_is_a_hidden_sibling_of_the_output()
    {
        var staging = StagingFolder.Create(Output);

        Assert.Equal(_parent.Path, Path.GetDirectoryName(staging.Path));
        Assert.StartsWith(".output.staging-", Path.GetFileName(staging.Path), StringComparison.Ordinal);
        Assert.True(Directory.Exists(staging.Path));
        Assert.False(Directory.Exists(Output));
    }

    [Fact]
    public void Text_is_written_as_utf8_without_a_bom_creating_folders()
    {
        var staging = StagingFolder.Create(Output);

        staging.WriteText("articles/2014/10/café.html", "<p>Café</p>\n");

        Assert.Equal("<p>Café</p>\n"u8.ToArray(), File.ReadAllBytes(staging.FullPathOf("articles/2014/10/café.html")));
    }

    [Fact]
    public async Task Commit_moves_the_staging_folder_into_place_when_there_is_no_output_yet()
    {
        var staging = StagingFolder.Create(Output);
        staging.WriteText("index.html", "<p>new</p>");

        await staging.Commit();

        Assert.Equal("<p>new</p>", File.ReadAllText(Path.Combine(Output, "index.html")));
        Assert.False(Directory.Exists(staging.Path));
    }

    [Fact]
    public async Task Commit_swaps_in_the_new_site_keeping_dotfiles_and_the_cname_of_the_old_output()
    {
        WriteOldOutput();
        var staging = StagingFolder.Create(Output);
        staging.WriteText("index.html", "<p>new home</p>");
        staging.WriteBytes("images/x.png", [1, 2, 3]);

        await staging.Commit();

        var files = _parent.Snapshot("output");
        Assert.Equal(
            [".git/HEAD", ".git/objects/ab/cdef", ".nojekyll", "CNAME", "images/x.png", "index.html"],
            files.Keys);
        Assert.Equal("<p>new home</p>", Encoding.UTF8.GetString(files["index.html"]));
        Assert.Equal("archive.example.org\n", Encoding.UTF8.GetString(files["CNAME"]));
        Assert.Equal("ref: refs/heads/gh-pages\n", Encoding.UTF8.GetString(files[".git/HEAD"]));
    }

    [Fact]
    public async Task Commit_leaves_nothing_behind_beside_the_output()
    {
        WriteOldOutput();
        var staging = StagingFolder.Create(Output);
        staging.WriteText("index.html", "new");

        await staging.Commit();

        Assert.Equal(["output"], Directory.EnumerateFileSystemEntries(_parent.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Discard_leaves_the_old_output_byte_identical()
    {
        WriteOldOutput();
        var before = _parent.Snapshot("output");
        var staging = StagingFolder.Create(Output);
        staging.WriteText("index.html", "<p>half-built</p>");
        staging.WriteText("CNAME", "wrong.example.org");

        staging.Discard();

        var after = _parent.Snapshot("output");
        Assert.Equal(before.Keys, after.Keys);
        Assert.All(before, file => Assert.Equal(file.Value, after[file.Key]));
        Assert.Equal(["output"], Directory.EnumerateFileSystemEntries(_parent.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_leftover_staging_folder_from_an_earlier_crash_is_cleared()
    {
        var first = StagingFolder.Create(Output);
        first.WriteText("stale.html", "stale");

        var second = StagingFolder.Create(Output);

        Assert.Empty(Directory.EnumerateFileSystemEntries(second.Path));
    }

    [Theory]
    [InlineData("../escape.html")]
    [InlineData("articles/../../escape.html")]
    [InlineData("/tmp/escape.html")]
    public void Writing_outside_the_staging_folder_is_refused(string outputPath)
    {
        var staging = StagingFolder.Create(Output);

        Assert.Throws<InvalidOperationException>(() => staging.WriteText(outputPath, "x"));
        Assert.Throws<InvalidOperationException>(() => staging.WriteBytes(outputPath, [1]));
        Assert.False(File.Exists(_parent.Combine("escape.html")));
    }

    [Fact]
    public void A_sibling_folder_whose_name_starts_like_the_staging_folder_is_outside_it()
    {
        var staging = StagingFolder.Create(Output);
        var sibling = "../" + Path.GetFileName(staging.Path) + "-evil/x.html";

        Assert.Throws<InvalidOperationException>(() => staging.WriteText(sibling, "x"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_output_path_ending_in_a_separator_is_the_same_output_folder(bool outputExists)
    {
        if (outputExists)
        {
            WriteOldOutput();
        }

        var staging = StagingFolder.Create(Output + Path.DirectorySeparatorChar);
        staging.WriteText("index.html", "<p>new</p>");
        await staging.Commit();

        Assert.Equal("<p>new</p>", File.ReadAllText(Path.Combine(Output, "index.html")));
        Assert.Equal(["output"], Directory.EnumerateFileSystemEntries(_parent.Path).Select(Path.GetFileName));
        Assert.DoesNotContain(Directory.EnumerateDirectories(Output), d => Path.GetFileName(d).Contains("staging", StringComparison.Ordinal));
        Assert.Equal(outputExists, File.Exists(Path.Combine(Output, ".git", "HEAD")));
    }
}
