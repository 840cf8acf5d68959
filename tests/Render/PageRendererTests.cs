using Broadsheet.Diagnostics;
using Broadsheet.Graph;
using Broadsheet.Model;
using Broadsheet.Render;
using Broadsheet.Render.Markdown;
using Broadsheet.Render.Strings;
using Broadsheet.Tests.TestSupport;
using Xunit;

namespace Broadsheet.Tests.Render;

public sealed class PageRendererTests
{
    private static readonly Topic Russia = Models.Topic("russia", "Russia");

    private readonly DiagnosticBag _bag = new();

    private (PageRenderer Renderer, SiteGraph Graph) Renderer(IReadOnlyList<Article> articles, IReadOnlyList<ThemeFile> theme, Site? site = null)
    {
        var graph = new SiteGraphBuilder(_bag).Build(Models.Archive(articles, topics: [Russia], site: site));
        var templates = TemplateSet.Parse(theme, "templates", _bag);
        Assert.Empty(_bag.Sorted());
        var converter = new MarkdownConverter(new GraphLinkTargets(graph), _bag);
        var strings = ThemeStringsReader.Read(ThemeLoader.Default(), graph.Site.Language, _bag);
        var views = new ViewBuilder(graph, converter, new SummaryCache(converter), strings);
        return (new PageRenderer(templates, views, strings, _bag), graph);
    }

    private RenderedPage? RenderArticle(string articleTemplate, string? layout = null, string title = "Lessons <1917>")
    {
        var theme = Themes.Minimal([("article.html", articleTemplate), ("layout.html", layout ?? "<title>{{ page.title }}</title>\n{{ content }}")]);
        var (renderer, graph) = Renderer([Models.Article("lessons", "2014-10-29", title: title, body: "Body *text*.\n")], theme);
        var page = renderer.Render(graph.Pages.OfType<ArticlePage>().Single(), "The Weekly");
        renderer.ReportFailures();
        return page;
    }

    [Fact]
    public void A_page_is_its_template_inside_the_layout_with_values_escaped_and_the_body_not()
    {
        var page = RenderArticle("<h1>{{ article.title }}</h1>\n{{ article.body }}");

        Assert.NotNull(page);
        Assert.Equal("articles/2014/10/lessons.html", page.OutputPath);
        Assert.Equal(
            "<title>Lessons &lt;1917&gt; \u2014 The Weekly</title>\n<h1>Lessons &lt;1917&gt;</h1>\n<p>Body <em>text</em>.</p>\n",
            page.Html);
        Assert.Empty(_bag.Sorted());
    }

    [Fact]
    public void A_layout_may_print_the_content_twice_and_use_it_as_a_value()
    {
        var page = RenderArticle("<h1>{{ article.title }}</h1>", "<main>{{ content }}</main>\n<aside>{{ content }}</aside>\n{{ content | string.size }}");

        Assert.NotNull(page);
        Assert.Equal(
            "<main><h1>Lessons &lt;1917&gt;</h1></main>\n<aside><h1>Lessons &lt;1917&gt;</h1></aside>\n29",
            page.Html);
    }

    [Fact]
    public void A_layout_may_capture_the_content_and_print_it_later()
    {
        var page = RenderArticle("<h1>{{ article.title }}</h1>", "{{ capture main }}<main>{{ content }}</main>{{ end }}<header></header>{{ raw main }}");

        Assert.NotNull(page);
        Assert.Equal("<header></header><main><h1>Lessons &lt;1917&gt;</h1></main>", page.Html);
    }

    [Fact]
    public void A_partial_the_layout_includes_may_print_the_content()
    {
        var theme = Themes.Minimal(
            ("article.html", "<h1>{{ article.title }}</h1>"),
            ("layout.html", "<header></header>{{ include 'partials/main.html' }}<footer></footer>"),
            ("partials/main.html", "<main>{{ content }}</main>"));
        var (renderer, graph) = Renderer([Models.Article("lessons", "2014-10-29", title: "Lessons <1917>")], theme);

        var page = renderer.Render(graph.Pages.OfType<ArticlePage>().Single(), "The Weekly");

        Assert.Equal("<header></header><main><h1>Lessons &lt;1917&gt;</h1></main><footer></footer>", page?.Html);
    }

    [Fact]
    public void The_home_page_is_titled_with_the_site_title_alone()
    {
        var (renderer, graph) = Renderer([], Themes.Minimal(("layout.html", "<title>{{ page.title }}</title>")));

        Assert.Equal("<title>The Weekly</title>", renderer.Render(graph.Pages.OfType<HomePage>().Single(), "The Weekly")?.Html);
    }

    [Fact]
    public void A_misspelt_variable_is_an_error_naming_the_template_and_its_position()
    {
        var page = RenderArticle("<h1>{{ article.title }}</h1>\n<p>{{ artcle.subtitle }}</p>");

        Assert.Null(page);
        var error = Assert.Single(_bag.Sorted());
        Assert.Equal(new SourceLocation("templates/article.html", 2, 7), error.Location);
        Assert.Contains("artcle", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("(while rendering articles/2014/10/lessons.html)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_variable_in_the_layout_names_the_layout()
    {
        Assert.Null(RenderArticle("<h1>x</h1>", layout: "<html>\n  {{ contnet }}\n</html>"));

        var error = Assert.Single(_bag.Sorted());
        Assert.Equal(new SourceLocation("templates/layout.html", 2, 6), error.Location);
    }

    [Fact]
    public void A_misspelt_member_of_a_view_is_an_error_naming_the_template_and_its_position()
    {
        Assert.Null(RenderArticle("<h1>{{ article.titel }}</h1>"));

        var error = Assert.Single(_bag.Sorted());
        Assert.Equal(("templates/article.html", 1), (error.Location.Path, error.Location.Line));
        Assert.Contains("titel", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Including_a_partial_that_is_not_in_the_theme_is_an_error()
    {
        Assert.Null(RenderArticle("<h1>x</h1>\n{{ include 'partials/missing.html' }}"));

        var error = Assert.Single(_bag.Sorted());
        Assert.Equal(("templates/article.html", 2), (error.Location.Path, error.Location.Line));
        Assert.Contains("there is no template 'partials/missing.html' in the theme", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_variable_in_a_partial_names_the_partial()
    {
        var theme = Themes.Minimal(("article.html", "{{ include 'partials/byline.html' }}"), ("partials/byline.html", "<p>\n{{ authr }}</p>"));
        var (renderer, graph) = Renderer([Models.Article("lessons", "2014-10-29")], theme);

        Assert.Null(renderer.Render(graph.Pages.OfType<ArticlePage>().Single(), "The Weekly"));
        renderer.ReportFailures();

        Assert.Equal(new SourceLocation("templates/partials/byline.html", 2, 4), Assert.Single(_bag.Sorted()).Location);
    }

    [Fact]
    public void A_topic_of_5000_articles_renders_with_the_default_theme()
    {
        var articles = Enumerable.Range(0, 5000)
            .Select(i => (Slug: $"a{i:D4}", Date: new DateOnly(2000, 1, 1).AddDays(i)))
            .Select(a => Models.Article(a.Slug, a.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), topics: [Russia]))
            .ToList();
        // One page for all 5,000: the loop limit, not pagination, is what this test is about.
        var (renderer, graph) = Renderer(articles, ThemeLoader.Default(), Models.Site() with { PageSize = 5000 });

        var page = renderer.Render(graph.Pages.OfType<TopicPage>().Single(), "The Weekly");

        Assert.Empty(_bag.Sorted());
        Assert.NotNull(page);
        Assert.Equal(5000, page.Html.Split("<h2><a href=\"../articles/").Length - 1);
        Assert.Contains("href=\"../articles/2000/01/a0000.html\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"../articles/2013/09/a4999.html\"", page.Html, StringComparison.Ordinal);
    }
}
