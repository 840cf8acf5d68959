using System.Diagnostics;
using System.IO.Compression;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Broadsheet.Tests.TestSupport;
using Broadsheet.Tests.Validation;
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

    /// <summary>HTML from an old blog, written into Markdown: every kind of bad nesting the repair knows.</summary>
    private const string BadHtml =
        "Some text <H1>A heading written as text</H1> and more.\n\n"
        + "<div class=\"note\">\n\nAn unclosed div with *emphasis*.\n\n"
        + "### An intertitle\n\n"
        + "<p>A paragraph <em>with <p>a paragraph inside</em></p>\n\n"
        + "<div><span>inline <b>bold<ul><li>a list in bold</li></ul>after</b></span></div>\n\n"
        + "<table><tr><td>a cell</td></table>\n\n"
        + "Stray end tags </span></div> in a paragraph.\n";

    [Fact]
    public void Html_that_is_not_validly_nested_is_repaired_with_a_warning_naming_the_article()
    {
        _archive.Article("legacy", BadHtml);

        var result = _archive.Build();

        var warning = Assert.Single(result.Warnings);
        Assert.EndsWith("site-content/articles/2024/03/legacy.md", warning.Location.Path, StringComparison.Ordinal);
        Assert.Equal(6, warning.Location.Line);
        var page = new HtmlParser().ParseDocument(_archive.Read("articles/2024/03/legacy.html"));
        Assert.Empty(page.QuerySelectorAll("p h1, p h2, p p, span ul, b ul, .body h1"));
        Assert.Equal(["h2", "h3"], page.QuerySelectorAll(".body h2, .body h3").Select(h => h.LocalName));
        Assert.Equal(2, Chapter("legacy").Descendants().Count(e => e.Name.LocalName is "h2" or "h3"));
    }

    [VnuFact]
    [Trait("Category", Category.Slow)]
    public void A_page_with_repaired_html_and_headings_from_h3_passes_the_Nu_Html_Checker()
    {
        _archive.Article("legacy", BadHtml);
        _archive.Article("intertitles", "Intro.\n\n### From h3\n\nText.\n\n##### Then h5\n\nMore.\n");
        _archive.Build();

        var start = new ProcessStartInfo("java", ["-jar", VnuFactAttribute.Jar, "--errors-only", "--format", "gnu",
            Path.Combine(_archive.Output, "articles/2024/03/legacy.html"), Path.Combine(_archive.Output, "articles/2024/03/intertitles.html")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"the Nu Html Checker found errors:\n{stdout.Result}{errors}");
    }

    [EpubCheckFact]
    [Trait("Category", Category.Slow)]
    public void A_book_with_repaired_html_and_links_to_old_addresses_passes_epubcheck()
    {
        _archive.Article("legacy", BadHtml + "\nSee [the moved one](/2014/10/old-slug/).\n");
        _archive.Article("moved", "### Part\n\nMoved.\n", "aliases: [/2014/10/old-slug/]\n");
        _archive.Build();

        Assert.Null(EpubCheckProblems(Path.Combine(_archive.Output, "issues/2024-03-06.epub")));
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
