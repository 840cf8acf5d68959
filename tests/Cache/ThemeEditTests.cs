using Xunit;

namespace Broadsheet.Tests.Cache;

/// <summary>
/// Edits to a theme of its own beside the sample archive: after each, the incremental build gives exactly what a clean
/// build gives, and renders only the pages made with a template the edit touched (see <c>Render/TemplateKeys</c>).
/// </summary>
public sealed class ThemeEditTests : IDisposable
{
    private readonly IncrementalArchive _archive = new(ownTheme: true);

    public void Dispose() => _archive.Dispose();

    [Fact]
    public void A_stylesheet_edit_writes_the_stylesheet_alone_and_makes_no_page()
    {
        var (first, _) = _archive.Build();

        Append("assets/style.css", "\n.masthead { letter-spacing: 0.01em; }\n");
        var (result, written) = _archive.Build();

        Assert.Equal(first.Pages, result.Unseen);
        Assert.Equal(["assets/style.css"], written);
        _archive.AssertSameAsCleanBuild("a stylesheet edit");
    }

    [Fact]
    public void A_partial_edit_renders_the_pages_of_the_templates_that_include_it_and_no_others()
    {
        var (first, _) = _archive.Build();
        var paged = Directory.EnumerateFiles(_archive.Output, "*.html", SearchOption.AllDirectories)
            .Count(f => File.ReadAllText(f).Contains("class=\"pagination\"", StringComparison.Ordinal));

        // pagination.html is included by topic.html and author.html only: every topic and author page shows it, paged or not.
        Append("partials/pagination.html", "<!-- pages -->\n");
        var (result, _) = _archive.Build();

        var rendered = first.Pages - result.Unseen;
        Assert.Equal(TemplatePages("topics") + TemplatePages("authors"), rendered);
        Assert.True(rendered > paged, $"{rendered} pages rendered, {paged} with a pagination bar");
        _archive.AssertSameAsCleanBuild("a partial edit");
    }

    [Fact]
    public void An_article_template_edit_renders_the_articles_and_a_strings_edit_renders_everything()
    {
        var (first, _) = _archive.Build();

        Replace("article.html", "<footer class=\"topics\">", "<footer class=\"topics filed\">");
        var (articles, _) = _archive.Build();
        Assert.Equal(first.Pages - first.Articles, articles.Unseen);
        Assert.Equal(first.Articles, articles.FilesWritten);
        _archive.AssertSameAsCleanBuild("an article template edit");

        Replace("i18n/en.yml", "search_title: ", "search_title: Search all ");
        var (strings, _) = _archive.Build();
        Assert.Equal(0, strings.Unseen);
        _archive.AssertSameAsCleanBuild("a strings edit");
    }

    /// <summary>The pages of a folder made with its kind's template: all but the index, which has a template of its own.</summary>
    private int TemplatePages(string folder) =>
        Directory.EnumerateFiles(Path.Combine(_archive.Output, folder), "*.html", SearchOption.AllDirectories)
            .Count(f => Path.GetRelativePath(_archive.Output, f) != Path.Combine(folder, "index.html"));

    private void Append(string themePath, string text) => File.AppendAllText(Path.Combine(_archive.Theme!, themePath), text);

    private void Replace(string themePath, string from, string to) =>
        _archive.Replace(Path.GetRelativePath(_archive.Source, Path.Combine(_archive.Theme!, themePath)), from, to);
}
