using System.IO.Compression;
using Broadsheet.Tests.TestSupport;
using Xunit;

namespace Broadsheet.Tests.Build;

/// <summary>An issue in the order the paper printed it (front matter <c>position:</c>): its page, its book, its articles' previous and next, and the home page.</summary>
public sealed class PrintedOrderTests
{
    [Fact]
    public void The_issue_page_the_book_prev_next_and_the_home_page_follow_the_printed_positions()
    {
        using var archive = new SmallArchive();
        archive.Article("zeal-of-the-lead", "The lead story.\n", "position: 1\n");
        archive.Article("afterword", "Printed last.\n", "position: 3\n");
        archive.Article("middle-pages", "Printed between.\n", "position: 2\n");
        archive.Build();

        string[] printed = ["zeal-of-the-lead", "middle-pages", "afterword"];
        Assert.Equal(printed, InOrderOfAppearance(archive.Read("issues/2024-03-06.html"), printed));
        Assert.Equal(printed, InOrderOfAppearance(archive.Read("index.html"), printed));
        Assert.Contains("rel=\"next\" href=\"middle-pages.html\"", archive.Read("articles/2024/03/zeal-of-the-lead.html"), StringComparison.Ordinal);

        using var book = ZipFile.OpenRead(Path.Combine(archive.Output, "issues/2024-03-06.epub"));
        using var nav = new StreamReader(book.GetEntry("OEBPS/nav.xhtml")!.Open());
        Assert.Equal(printed, InOrderOfAppearance(nav.ReadToEnd(), printed));
    }

    private static string[] InOrderOfAppearance(string text, string[] titles) =>
        titles.Where(t => text.Contains(t, StringComparison.Ordinal)).OrderBy(t => text.IndexOf(t, StringComparison.Ordinal)).ToArray();
}
