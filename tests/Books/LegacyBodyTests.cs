using System.Diagnostics;
using System.IO.Compression;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Broadsheet.Tests.TestSupport;
using Xunit;

namespace Broadsheet.Tests.Books;

/// <summary>
/// Bodies written for an old blog publish valid pages and books: headings moved under the title, links to old addresses
/// that lead to the article, raw HTML repaired to valid nesting.
/// </summary>
public sealed class LegacyBodyTests : IDisposable
{
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    private readonly SmallArchive _archive = new();

    public void Dispose() => _archive.Dispose();

    [Fact]
    public void Intertitles_written_from_h3_are_h2_in_the_page_and_in_the_book_with_their_ids()
    {
        _archive.Article("strike", "Intro, see [the end](#the-end).\n\n### The strike\n\nText.\n\n#### Day one\n\nMore.\n\n### The end\n\nDone.\n");
        _archive.Build();

        var page = new HtmlParser().ParseDocument(_archive.Read("articles/2024/03/strike.html"));
        var headings = page.QuerySelectorAll(".body h1, .body h2, .body h3, .body h4").Select(h => $"{h.LocalName}#{h.Id}").ToList();
        Assert.Equal(["h2#the-strike", "h3#day-one", "h2#the-end"], headings);
        Assert.Equal(1, page.QuerySelectorAll("h1").Length);

        var chapter = Chapter("strike");
        var bookHeadings = chapter.Descendants().Where(e => e.Name.LocalName is "h1" or "h2" or "h3" or "h4").Select(h => $"{h.Name.LocalName}#{(string?)h.Attribute("id")}").ToList();
        Assert.Equal(["h1#", "h2#the-strike", "h3#day-one", "h2#the-end"], bookHeadings);
        Assert.Contains(chapter.Descendants(Xhtml + "a"), a => (string?)a.Attribute("href") == "#the-end");
    }

    [Fact]
    public void A_link_to_an_old_address_of_an_article_leads_to_the_article_in_the_page_and_in_the_book()
    {
        _archive.Article("moved", "## Part\n\nThe article that moved.\n", "aliases: [/2014/10/old-slug/, /news/story.html, /archive/19456/old-url]\n");
        _archive.Article(
            "linking",
            "See [the old slug](/2014/10/old-slug/), [the old page](/news/story.html#part) and [the old url](/archive/19456/old-url).\n");
        var result = _archive.Build();

        Assert.Empty(result.Warnings);
        var links = new HtmlParser().ParseDocument(_archive.Read("articles/2024/03/linking.html"))
            .QuerySelectorAll(".body a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["moved.html", "moved.html#part", "moved.html"], links);

        // The redirect pages are still written, for links from outside.
        Assert.Contains("moved.html", _archive.Read("2014/10/old-slug/index.html"), StringComparison.Ordinal);

        var moved = ChapterFile("moved");
        var bookLinks = Chapter("linking").Descendants(Xhtml + "a").Select(a => (string?)a.Attribute("href")).ToList();
        Assert.Equal([moved, moved + "#part", moved], bookLinks);
    }

    /// <summary>The chapter of the book of issue 2024-03-06 whose article has this slug (its title).</summary>
    private XDocument Chapter(string title) => FindChapter(title).Document;

    /// <summary>The file name of that chapter in the book.</summary>
    private string ChapterFile(string title) => FindChapter(title).Name;

    private (string Name, XDocument Document) FindChapter(string title)
    {
        using var zip = ZipFile.OpenRead(Path.Combine(_archive.Output, "issues/2024-03-06.epub"));
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xhtml", StringComparison.Ordinal)))
        {
            using var stream = entry.Open();
            var document = XDocument.Load(stream);
            if (document.Descendants(Xhtml + "h1").Any(h => h.Value == title))
            {
                return (entry.Name, document);
            }
        }

        throw new InvalidOperationException($"no chapter titled {title}");
    }

    /// <summary>Runs epubcheck on the issue's book; its report when it fails, else null.</summary>
    internal static string? EpubCheckProblems(string epub)
    {
        var start = new ProcessStartInfo("java", ["-jar", EpubCheckFactAttribute.Jar, epub])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? null : stdout + stderr.Result;
    }
}
