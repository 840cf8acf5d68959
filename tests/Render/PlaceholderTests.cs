using Broadsheet.Model;
using Broadsheet.Tests.TestSupport;
using Xunit;

namespace Broadsheet.Tests.Render;

/// <summary>The note <c>new article</c> leaves for the body is never published, even when the writer wrote around it.</summary>
public sealed class PlaceholderTests
{
    [Fact]
    public void The_placeholder_note_is_left_out_of_the_page_and_the_book_and_the_words_written_around_it_stay()
    {
        using var archive = new SmallArchive();
        archive.Article("first-report", $"The council met on Tuesday.\n\n{ArticlePlaceholder.Comment}\n\nIt voted to reopen the baths.\n");

        var result = archive.Build();

        var page = archive.Read("articles/2024/03/first-report.html");
        Assert.DoesNotContain("Write the article here", page, StringComparison.Ordinal);
        Assert.Contains("<p>It voted to reopen the baths.</p>", page, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Warnings, w => w.Message.Contains("note", StringComparison.Ordinal));
        using var book = System.IO.Compression.ZipFile.OpenRead(Path.Combine(archive.Output, "issues/2024-03-06.epub"));
        Assert.All(book.Entries, e =>
        {
            using var reader = new StreamReader(e.Open());
            Assert.DoesNotContain("Write the article here", reader.ReadToEnd(), StringComparison.Ordinal);
        });
    }
}
