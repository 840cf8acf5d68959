using Broadsheet.Build;
using Broadsheet.Tests.TestSupport;

namespace Broadsheet.Tests.Images;

/// <summary>A one-issue archive whose article shows <c>static/images/photo.*</c> as its lead image, built for real.</summary>
public sealed class PhotographSite : IDisposable
{
    public const string ArticlePage = "articles/2024/01/harbour.html";

    private readonly TempFolder _temp = new();

    public PhotographSite(byte[] photograph, string name = "photo.jpg", string images = "", string body = "The harbour at dawn.\n")
    {
        Photo = "images/" + name;
        _temp.Write("site-content/site.yml", $"title: The Harbour Weekly\nsections:\n  - id: news\n    title: News\n{images}");
        _temp.Write("site-content/issues/2024-01-03.md", "---\ntitle: Issue 1\ndate: 2024-01-03\nnumber: 1\n---\n");
        WriteArticle(body);
        _temp.WriteBytes("site-content/static/" + Photo, photograph);
    }

    /// <summary>The photograph's path below static/.</summary>
    public string Photo { get; }

    public string Source => _temp.Combine("site-content");

    public string Output => _temp.Combine("output");

    public string Store => _temp.Combine(".broadsheet-cache/image-store");

    public string ArticleFile => Path.Combine(Source, "articles/2024/01/harbour.md");

    public void WriteArticle(string body) => _temp.Write(
        "site-content/articles/2024/01/harbour.md",
        $"---\ntitle: The harbour\nauthors: [Ruth Feldman]\nissue: 2024-01-03\nsection: news\nimage: {Photo}\nimage_alt: Boats in the harbour at dawn\nimage_caption: The harbour, January\n---\n{body}");

    public void WriteAuthor(string text) => _temp.Write("site-content/authors/ruth-feldman.md", text);

    public void Write(string relative, byte[] bytes) => _temp.WriteBytes("site-content/" + relative, bytes);

    /// <param name="store">Keep derivatives in <see cref="Store"/> between builds; false to make them afresh.</param>
    public BuildResult Build(bool store = true) =>
        new SiteBuild(new BuildOptions(Source: Source, Output: Output, Cache: store ? _temp.Combine(".broadsheet-cache/output") : null, Images: store ? Store : null)).Run();

    public string Html(string page) => File.ReadAllText(Path.Combine(Output, page));

    /// <summary>Every file of the output, by path relative to it.</summary>
    public IEnumerable<string> Files() =>
        Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/')).Order(StringComparer.Ordinal);

    /// <summary>The files made of the photograph, beside it in the output.</summary>
    public IReadOnlyList<string> Derivatives() =>
        Files().Where(f => f.StartsWith(Photo[..^Path.GetExtension(Photo).Length] + "-", StringComparison.Ordinal)).ToList();

    public void Dispose() => _temp.Dispose();
}
