using Broadsheet.Cache;
using Broadsheet.Load;
using Broadsheet.Tests.TestSupport;
using Xunit;

namespace Broadsheet.Tests.Load;

public sealed class SourceListingTests : IDisposable
{
    private readonly TempFolder _source = new();

    public void Dispose() => _source.Dispose();

    [Fact]
    public void Lists_every_file_and_folder_once_sorted_without_what_is_never_content()
    {
        _source.Write("site.yml", "title: x\n");
        _source.Write("articles/2014/10/a.md", "a");
        _source.Write("articles/b.md", "bb");
        _source.Write("articles/b.md~", "backup");
        _source.Write(".git/HEAD", "ref");
        _source.Write("static/logo.svg", "<svg/>");

        var listing = SourceListing.Of(_source.Path);

        Assert.Equal(
            ["articles", "articles/2014", "articles/2014/10", "articles/2014/10/a.md", "articles/b.md", "site.yml", "static", "static/logo.svg"],
            listing.Entries.Select(e => Path.GetRelativePath(_source.Path, e.FullPath)));
        Assert.Equal(2, listing.Find(_source.Combine("articles/b.md"))!.Stamp.Size);
        Assert.Equal(EntryKind.Folder, listing.Find(_source.Combine("articles/2014"))!.Kind);
        Assert.Null(listing.Find(_source.Combine("articles/b.md~")));
    }

    [Fact]
    public void Under_gives_a_folders_own_entries_or_all_beneath_it_but_never_a_neighbour_sharing_its_name()
    {
        _source.Write("issues/2014-10-29.md", "x");
        _source.Write("issues/old/2013-01-01.md", "x");
        _source.Write("issues-draft/2015-01-01.md", "x");
        var listing = SourceListing.Of(_source.Path);

        string[] Under(bool recursive) =>
            listing.Under(_source.Combine("issues"), recursive).Select(e => Path.GetRelativePath(_source.Path, e.FullPath)).ToArray();

        Assert.Equal(["issues/2014-10-29.md", "issues/old"], Under(recursive: false));
        Assert.Equal(["issues/2014-10-29.md", "issues/old", "issues/old/2013-01-01.md"], Under(recursive: true));
    }

    [Fact]
    public void A_linked_folder_is_listed_but_not_entered()
    {
        _source.Write("elsewhere/a.md", "x");
        Directory.CreateDirectory(_source.Combine("articles"));
        Directory.CreateSymbolicLink(_source.Combine("articles/loop"), _source.Path);

        var listing = SourceListing.Of(_source.Path);

        Assert.Equal(EntryKind.LinkedFolder, listing.Find(_source.Combine("articles/loop"))!.Kind);
        Assert.Empty(listing.Under(_source.Combine("articles/loop"), recursive: true));
    }

    [Fact]
    public void The_inputs_key_changes_when_a_linked_files_target_changes_though_the_link_does_not()
    {
        using var outside = new TempFolder();
        outside.Write("a.md", "one");
        _source.Write("site.yml", "title: x\n");
        Directory.CreateDirectory(_source.Combine("articles"));
        File.CreateSymbolicLink(_source.Combine("articles/a.md"), outside.Combine("a.md"));
        var before = BuildKeys.Inputs("g", SourceListing.Of(_source.Path), null);

        File.SetLastWriteTimeUtc(outside.Combine("a.md"), DateTime.UtcNow.AddMinutes(5));
        var after = BuildKeys.Inputs("g", SourceListing.Of(_source.Path), null);

        Assert.NotEqual(before, after);
        Assert.Equal(after, BuildKeys.Inputs("g", SourceListing.Of(_source.Path), null));
    }
}
