using Broadsheet.Tests.TestSupport;
using Broadsheet.Write;
using Xunit;

namespace Broadsheet.Tests.Write;

public sealed class FolderFilesTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_listed_file_is_named_by_its_path_inside_the_folder_with_its_size_and_time()
    {
        _folder.Write("out/index.html", "<p>");
        _folder.Write("out/articles/2014/10/a/index.html", "");
        Directory.CreateSymbolicLink(_folder.Combine("out/articles/loop"), _folder.Combine("out"));

        var files = FolderFiles.Under(_folder.Combine("out")).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();

        var index = new FileInfo(_folder.Combine("out/index.html"));
        Assert.Equal(
            [("articles/2014/10/a/index.html", 0L), ("index.html", 3L)],
            files.Select(f => (f.Path, f.Size)));
        Assert.Equal(index.LastWriteTimeUtc.Ticks, files[1].Ticks);
    }

    [Fact]
    public void Without_the_deployment_the_top_dot_entries_and_CNAME_are_left_out_but_not_those_deeper()
    {
        _folder.Write("out/index.html", "");
        _folder.Write("out/CNAME", "news.example.org");
        _folder.Write("out/.nojekyll", "");
        _folder.Write("out/.git/HEAD", "ref");
        _folder.Write("out/static/.keep", "");
        _folder.Write("out/static/CNAME", "");

        Assert.Equal(
            ["index.html", "static/.keep", "static/CNAME"],
            FolderFiles.Under(_folder.Combine("out"), withoutDeployment: true).Select(f => f.Path).Order(StringComparer.Ordinal));
        Assert.Equal(6, FolderFiles.Under(_folder.Combine("out")).Count);
    }

    [Fact]
    public void A_folder_that_is_not_there_has_no_files()
    {
        Assert.Empty(FolderFiles.Under(_folder.Combine("missing")));
    }
}
