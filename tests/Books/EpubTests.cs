using Broadsheet.Common;
using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Broadsheet.Build;

namespace Broadsheet.Tests.Books;

/// <summary>The EPUB edition of each issue of the sample archive: its zip layout, package, contents and validity.</summary>
public sealed class EpubTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    private static readonly XNamespace Opf = "http://www.idpf.org/2007/opf";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    [Fact]
    public void Every_issue_page_links_to_its_epub()
    {
        var issues = FolderComparer.Files(site.Output).Where(f => f.StartsWith("issues/2", StringComparison.Ordinal) && f.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.Equal(6, issues.Count);
        foreach (var issue in issues)
        {
            var document = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, issue)));
            var link = document.QuerySelectorAll("a").Single(a => a.TextContent == "Download this issue as an ebook (EPUB)");
            Assert.Equal(Path.GetFileNameWithoutExtension(issue) + ".epub", link.GetAttribute("href"));
            Assert.Contains(issue[..^".html".Length] + ".epub", site.Books);
        }
    }

    [Fact]
    public void The_mimetype_comes_first_and_stored_then_the_container()
    {
        foreach (var book in site.Books)
        {
            var bytes = File.ReadAllBytes(Path.Combine(site.Output, book));
            Assert.Equal("PK\u0003\u0004", Encoding.ASCII.GetString(bytes, 0, 4));
            Assert.Equal(0, BitConverter.ToUInt16(bytes, 8)); // compression method: stored
            Assert.Equal(0, BitConverter.ToUInt16(bytes, 28)); // no extra field
            Assert.Equal("mimetypeapplication/epub+zip", Encoding.ASCII.GetString(bytes, 30, 28));

            using var zip = ZipFile.OpenRead(Path.Combine(site.Output, book));
            Assert.Equal(["mimetype", "META-INF/container.xml", "OEBPS/package.opf"], zip.Entries.Take(3).Select(e => e.FullName));
            Assert.All(zip.Entries, e => Assert.True(e.LastWriteTime.Year >= 1980));
        }
    }

    [Fact]
    public void The_package_lists_every_article_and_image_of_the_issue_and_every_file_it_holds()
    {
        using var zip = ZipFile.OpenRead(Path.Combine(site.Output, "issues/2024-11-06.epub"));
        var package = Xml(zip, "OEBPS/package.opf");
        var items = package.Descendants(Opf + "item").ToList();
        var hrefs = items.Select(i => "OEBPS/" + Uri.UnescapeDataString((string)i.Attribute("href")!)).ToList();

        var issuePage = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, "issues/2024-11-06.html")));
        var articleCount = issuePage.QuerySelectorAll(".issue-section li a").Length;
        Assert.Equal(articleCount, items.Count(i => ((string)i.Attribute("id")!).StartsWith("article-", StringComparison.Ordinal)));
        Assert.Contains("OEBPS/media/images/map-iberia.svg", hrefs);
        Assert.Contains("OEBPS/media/images/factory-skyline.svg", hrefs);
        Assert.Equal(
            zip.Entries.Select(e => e.FullName).Except(["mimetype", "META-INF/container.xml", "OEBPS/package.opf"]).Order(StringComparer.Ordinal),
            hrefs.Order(StringComparer.Ordinal));
        Assert.Equal(articleCount + 2, package.Descendants(Opf + "itemref").Count());
        Assert.Equal("2024-11-06T00:00:00Z", package.Descendants(Opf + "meta").Single(m => (string?)m.Attribute("property") == "dcterms:modified").Value);
    }

    [Fact]
    public void The_contents_list_the_sections_in_site_yml_order_and_every_xhtml_file_is_well_formed()
    {
        var siteOrder = File.ReadAllLines(Path.Combine(RepoPaths.SampleContent, "site.yml"))
            .Where(l => l.TrimStart().StartsWith("title:", StringComparison.Ordinal) && l.StartsWith(' '))
            .Select(l => SmartPunctuation.Of(l.Split("title:", 2)[1].Trim()))
            .ToList();
        foreach (var book in site.Books)
        {
            using var zip = ZipFile.OpenRead(Path.Combine(site.Output, book));
            var sections = Xml(zip, "OEBPS/nav.xhtml").Descendants(Xhtml + "span").Select(s => s.Value).ToList();
            Assert.NotEmpty(sections);
            Assert.Equal(sections.OrderBy(siteOrder.IndexOf), sections);
            foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xhtml", StringComparison.Ordinal)))
            {
                Xml(zip, entry.FullName);
            }
        }
    }

    [Fact]
    public void A_rebuild_writes_byte_identical_epubs()
    {
        using var temp = new TempFolder();
        new SiteBuild(new BuildOptions(Source: RepoPaths.SampleContent, Output: temp.Combine("again"))).Run();
        foreach (var book in site.Books)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(site.Output, book)), File.ReadAllBytes(Path.Combine(temp.Combine("again"), book)));
        }
    }

    [EpubCheckFact]
    [Trait("Category", Category.Slow)]
    public void Every_epub_passes_epubcheck_without_errors()
    {
        Assert.NotEmpty(site.Books);
        foreach (var book in site.Books)
        {
            var start = new ProcessStartInfo("java", ["-jar", EpubCheckFactAttribute.Jar, Path.Combine(site.Output, book)])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"{book}:\n{stdout}\n{stderr.Result}");
        }
    }

    private static XDocument Xml(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        return XDocument.Load(stream);
    }
}
