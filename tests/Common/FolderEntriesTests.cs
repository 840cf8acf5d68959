using System.Text;
using Broadsheet.Common;
using Broadsheet.Tests.TestSupport;
using Xunit;

namespace Broadsheet.Tests.Common;

public sealed class FolderEntriesTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void On_64_bit_Linux_folders_are_read_with_the_C_library()
    {
        Assert.Equal(OperatingSystem.IsLinux() && Environment.Is64BitProcess, LinuxFolderEntries.Available);
    }

    [Fact]
    public void Each_entry_is_named_and_stamped_as_dotnet_sees_it_links_included()
    {
        _folder.Write("a.md", "one");
        _folder.Write("Ünïcode – name.md", "two words");
        _folder.Write("empty.txt", "");
        _folder.Write("sub/inner.md", "x");
        File.SetLastWriteTimeUtc(_folder.Combine("a.md"), new DateTime(2014, 10, 29, 8, 30, 15, DateTimeKind.Utc).AddTicks(1234567));
        File.CreateSymbolicLink(_folder.Combine("to-a.md"), _folder.Combine("a.md"));
        File.CreateSymbolicLink(_folder.Combine("nowhere.md"), _folder.Combine("gone.md"));
        Directory.CreateSymbolicLink(_folder.Combine("to-sub"), _folder.Combine("sub"));

        var listed = FolderEntries.In(_folder.Path).OrderBy(e => e.Name, StringComparer.Ordinal).ToList();

        Assert.Equal(FolderEntries.Enumerated(_folder.Path).OrderBy(e => e.Name, StringComparer.Ordinal), listed);
        Assert.Equal(
            [
                ("a.md", FolderEntryKind.File),
                ("empty.txt", FolderEntryKind.File),
                ("nowhere.md", FolderEntryKind.LinkedFile),
                ("sub", FolderEntryKind.Folder),
                ("to-a.md", FolderEntryKind.LinkedFile),
                ("to-sub", FolderEntryKind.LinkedFolder),
                ("Ünïcode – name.md", FolderEntryKind.File),
            ],
            listed.Select(e => (e.Name, e.Kind)));
        var a = listed.Single(e => e.Name == "a.md");
        Assert.Equal((3L, new FileInfo(_folder.Combine("a.md")).LastWriteTimeUtc.Ticks), (a.Size, a.Ticks));
        Assert.Equal(Encoding.UTF8.GetByteCount("two words"), listed.Single(e => e.Name.StartsWith('Ü')).Size);
        Assert.Equal(0, listed.Single(e => e.Name == "sub").Size);
    }

    [Fact]
    public void A_folder_that_is_not_there_is_an_error_to_catch()
    {
        Assert.Throws<DirectoryNotFoundException>(() => FolderEntries.In(_folder.Combine("missing")));
        _folder.Write("file.md", "x");
        Assert.ThrowsAny<IOException>(() => FolderEntries.In(_folder.Combine("file.md")));
    }
}
