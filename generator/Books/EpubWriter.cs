using System.IO.Compression;
using System.Text;
using Broadsheet.Graph;
using Broadsheet.Images;
using Broadsheet.Model;
using Broadsheet.Render;

namespace Broadsheet.Books;

/// <summary>
/// Writes an EPUB 3 edition of one issue: a cover, the contents by section, and every article with its images.
/// The zip is the same bytes on every build: entries in a fixed order, each stamped with the issue's date.
/// </summary>
/// <param name="photographs">The photographs, and where each one's mid-size JPEG is once made (see <see cref="EpubLinks"/>).</param>
public sealed partial class EpubWriter(
    Site site,
    Render.Strings.ThemeStrings strings,
    IReadOnlyDictionary<string, string> staticFiles,
    ImageCatalog? photographs = null,
    Func<PlannedImage, string?>? fileOf = null)
{
    private const string Container =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        + "<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">\n"
        + "<rootfiles>\n<rootfile full-path=\"OEBPS/package.opf\" media-type=\"application/oebps-package+xml\"/>\n</rootfiles>\n"
        + "</container>\n";

    // Zip timestamps are DOS dates, which start in 1980; an archive of older papers is stamped with that instead.
    private static readonly DateTimeOffset EarliestZipTime = new(1980, 1, 2, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The .epub file being made on this thread, its buffer grown once rather than for every book.</summary>
    [ThreadStatic]
    private static MemoryStream? t_book;

    /// <summary>The .epub file of <paramref name="issue"/>, from the HTML of its articles' bodies (links relative to their pages).</summary>
    /// <returns>The file's bytes, in a buffer of this thread's that the next book written on it takes over.</returns>
    public ReadOnlyMemory<byte> Write(IssueNode issue, IReadOnlyDictionary<ArticleNode, string> bodies)
    {
        var articles = issue.Sections.SelectMany(s => s.Articles).ToList();
        var chapters = articles
            .Select((a, i) => new EpubChapter(a, $"article-{i + 1:D3}.xhtml", bodies[a]))
            .ToList();
        var links = new EpubLinks(chapters.ToDictionary(c => c.Article.OutputPath, c => c.FileName, StringComparer.Ordinal), staticFiles, site.BaseUrl, photographs, fileOf);

        var chapterFiles = new List<(EpubChapter Chapter, byte[] Bytes, string? Properties)>();
        foreach (var chapter in chapters)
        {
            var bytes = Chapter(chapter, links, out var properties);
            chapterFiles.Add((chapter, bytes, properties));
        }

        var time = Timestamp(issue.Issue.Date);
        var stream = t_book ??= new MemoryStream();
        stream.SetLength(0);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            // The mimetype comes first and uncompressed, so a reader can recognise the file from its first bytes.
            Add(zip, "mimetype", Encoding.ASCII.GetBytes("application/epub+zip"), time, CompressionLevel.NoCompression);
            Add(zip, "META-INF/container.xml", Encoding.UTF8.GetBytes(Container), time);
            Add(zip, "OEBPS/package.opf", Package(issue, chapterFiles.Select(c => (c.Chapter, c.Properties)).ToList(), links.Images), time);
            Add(zip, "OEBPS/nav.xhtml", Navigation(issue, chapters), time);
            Add(zip, "OEBPS/cover.xhtml", Cover(issue), time);
            Add(zip, "OEBPS/style.css", Encoding.UTF8.GetBytes(Stylesheet), time);
            foreach (var (chapter, bytes, _) in chapterFiles)
            {
                Add(zip, "OEBPS/" + chapter.FileName, bytes, time);
            }

            foreach (var image in links.Images)
            {
                Add(zip, "OEBPS/" + Uri.UnescapeDataString(image.Href), File.ReadAllBytes(image.FullPath), time);
            }
        }

        return stream.GetBuffer().AsMemory(0, (int)stream.Length);
    }

    private static void Add(ZipArchive zip, string name, byte[] bytes, DateTimeOffset time, CompressionLevel level = CompressionLevel.Optimal)
    {
        var entry = zip.CreateEntry(name, level);
        entry.LastWriteTime = time;
        using var stream = entry.Open();
        stream.Write(bytes);
    }

    private static DateTimeOffset Timestamp(DateOnly date)
    {
        var time = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        return time < EarliestZipTime ? EarliestZipTime : time;
    }
}
