using Broadsheet.Build;
using Broadsheet.Tests.TestSupport;
using Xunit;

namespace Broadsheet.Tests.Cache;

/// <summary>
/// Edits to a theme of its own beside the sample archive: after each, the incremental build gives exactly what a clean
/// build gives, and renders only the pages made with a template the edit touched (see <c>Render/TemplateKeys</c>).
/// </summary>
public sealed class ThemeEditTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public ThemeEditTests()
    {
        TempFolder.CopyFolder(RepoPaths.SampleContent, Source);
        TempFolder.CopyFolder(Path.Combine(RepoPaths.Root, "templates"), Theme);
    }

    private string Source => _temp.Combine("site-content");

    private string Theme => _temp.Combine("theme");

    private string Output => _temp.Combine("output");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_stylesheet_edit_writes_the_stylesheet_alone_and_makes_no_page()
    {
        var first = Build();

        Append("assets/style.css", "\n.masthead { letter-spacing: 0.01em; }\n");
        var result = Build();

        Assert.Equal(first.Pages, result.Unseen);
        Assert.Equal(1, result.FilesWritten);
        AssertSameAsCleanBuild("a stylesheet edit");
    }

    [Fact]
    public void A_partial_edit_renders_the_pages_of_the_templates_that_include_it_and_no_others()
    {
        var first = Build();
        var paged = Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
            .Count(f => File.ReadAllText(f).Contains("class=\"pagination\"", StringComparison.Ordinal));

        // pagination.html is included by topic.html and author.html only: every topic and author page shows it, paged or not.
        Append("partials/pagination.html", "<!-- pages -->\n");
        var result = Build();

        var rendered = first.Pages - result.Unseen;
        Assert.Equal(TemplatePages("topic.html") + TemplatePages("author.html"), rendered);
        Assert.True(rendered > paged, $"{rendered} pages rendered, {paged} with a pagination bar");
        AssertSameAsCleanBuild("a partial edit");
    }

    [Fact]
    public void An_article_template_edit_renders_the_articles_and_a_strings_edit_renders_everything()
    {
        var first = Build();

        Replace("article.html", "<footer class=\"topics\">", "<footer class=\"topics filed\">");
        var articles = Build();
        Assert.Equal(first.Pages - first.Articles, articles.Unseen);
        Assert.Equal(first.Articles, articles.FilesWritten);
        AssertSameAsCleanBuild("an article template edit");

        Replace("i18n/en.yml", "search_title: ", "search_title: Search all ");
        var strings = Build();
        Assert.Equal(0, strings.Unseen);
        AssertSameAsCleanBuild("a strings edit");
    }

    /// <summary>The pages a template makes: those in its folder but the index, which has a template of its own.</summary>
    private int TemplatePages(string template)
    {
        var folder = template switch
        {
            "topic.html" => "topics",
            "author.html" => "authors",
            _ => throw new ArgumentException(template),
        };
        return Directory.EnumerateFiles(Path.Combine(Output, folder), "*.html", SearchOption.AllDirectories)
            .Count(f => Path.GetRelativePath(Output, f) != Path.Combine(folder, "index.html"));
    }

    private BuildResult Build() => new SiteBuild(Options(Output, _temp.Combine(".broadsheet-cache"))).Run();

    private void AssertSameAsCleanBuild(string step)
    {
        var clean = _temp.Combine("clean");
        new SiteBuild(Options(clean, cache: null)).Run();
        Assert.True(FolderComparer.FirstDifference(clean, Output) is null, $"{step}: {FolderComparer.FirstDifference(clean, Output)}");
    }

    private BuildOptions Options(string output, string? cache) =>
        new(Source: Source, Templates: Theme, Output: output, BaseUrl: "https://example.org/archive/", Cache: cache);

    private void Append(string themePath, string text) => File.AppendAllText(Path.Combine(Theme, themePath), text);

    private void Replace(string themePath, string from, string to)
    {
        var path = Path.Combine(Theme, themePath);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }
}
