using Broadsheet.Tests.TestSupport;
using Broadsheet.Write;

namespace Broadsheet.Tests.Cache;

/// <summary>
/// A build that leaves the previous tree holding its output notes it, and the next build takes the tree without listing
/// it; an output changed by hand since is still put right, and a tree that may hold other files is not noted.
/// </summary>
public sealed class PreviousTreeNoteTests : IDisposable
{
    private readonly IncrementalArchive _archive = new();

    private string Note => _archive.Combine(".broadsheet-cache/previous-output.follows");

    private string Tree => _archive.Combine(".broadsheet-cache/previous-output");

    public void Dispose() => _archive.Dispose();

    [Fact]
    public void Each_build_notes_that_the_tree_holds_its_output_and_the_next_one_builds_from_the_noted_tree_what_a_clean_build_builds()
    {
        _archive.Build();
        Assert.True(File.Exists(Note));
        Assert.Equal(_archive.OutputSnapshot(), _archive.PreviousTreeSnapshot());

        _archive.Edit("an edit from the noted tree", () => _archive.Append(IncrementalArchive.Editorial, "\nA line the desk added.\n"));
        Assert.True(File.Exists(Note));
        Assert.Equal(_archive.OutputSnapshot(), _archive.PreviousTreeSnapshot());

        _archive.Edit("an article removed", () => _archive.Delete("articles/2024/03/bernard-quigley-obituary.md"));
        Assert.True(File.Exists(Note));
        Assert.Equal(_archive.OutputSnapshot(), _archive.PreviousTreeSnapshot());
    }

    [Fact]
    public void Output_files_changed_removed_or_added_by_hand_are_put_right_and_the_tree_after_a_stray_file_is_listed_again()
    {
        _archive.Build();
        // Appending writes through the link the tree shares with the output; the removed page and the stray file are the output's alone.
        File.AppendAllText(Path.Combine(_archive.Output, IncrementalArchive.EditorialPage), "<!-- changed by hand -->");
        File.Delete(Path.Combine(_archive.Output, "articles/2024/03/bernard-quigley-obituary.html"));
        File.WriteAllText(Path.Combine(_archive.Output, "stray.html"), "<p>added by hand</p>");

        _archive.Edit("an edit after the output was changed by hand", () => _archive.Append("articles/2024/03/coalfields-forty-years-after.md", "\nA line.\n"));
        Assert.False(File.Exists(Note));
        Assert.True(File.Exists(Path.Combine(Tree, "stray.html")));

        _archive.Edit("the next edit, from a tree listed again", () => _archive.Append(IncrementalArchive.Editorial, "\nAnother line.\n"));
        Assert.True(File.Exists(Note));
        Assert.Equal(_archive.OutputSnapshot(), _archive.PreviousTreeSnapshot());
    }

    [Fact]
    public void A_note_that_names_another_manifest_is_not_trusted_and_goes_with_the_tree()
    {
        _archive.Build();
        File.WriteAllText(Note, "0 0");
        File.WriteAllText(Path.Combine(Tree, "stray.html"), "<p>left in the tree</p>");

        _archive.Edit("an edit with a note for another manifest", () => _archive.Append(IncrementalArchive.Editorial, "\nA line the desk added.\n"));

        Assert.False(File.Exists(Path.Combine(_archive.Output, "stray.html")));
        Assert.Equal(_archive.OutputSnapshot(), _archive.PreviousTreeSnapshot());
    }

    [Fact]
    public void A_failed_build_takes_the_note_with_the_tree()
    {
        _archive.Build();
        _archive.Append(IncrementalArchive.Editorial, "\nSee [nothing](no-such-article.md).\n");

        Assert.Throws<Broadsheet.Diagnostics.BuildFailedException>(() => _archive.Build());

        Assert.False(File.Exists(Note));
        Assert.True(Directory.Exists(Tree));
    }
}
