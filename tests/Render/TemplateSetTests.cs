using Broadsheet.Diagnostics;
using Broadsheet.Render;
using Broadsheet.Tests.TestSupport;
using Xunit;

namespace Broadsheet.Tests.Render;

public sealed class TemplateSetTests
{
    [Fact]
    public void A_complete_theme_parses_without_diagnostics()
    {
        var bag = new DiagnosticBag();

        var set = TemplateSet.Parse(Themes.Minimal(("partials/header.html", "<header></header>")), "templates", bag);

        Assert.Empty(bag.Sorted());
        Assert.Equal(
            TemplateSet.Required.Append("partials/header.html").Order(StringComparer.Ordinal),
            set.Templates.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_syntax_error_is_reported_at_its_template_file_line_and_column_counting_from_1()
    {
        var bag = new DiagnosticBag();

        // The '}}' that ends the expression too early is on line 3 at column 21; Scriban counts both from 0.
        TemplateSet.Parse(Themes.Minimal(("issue.html", "<h1>x</h1>\n<ul>\n<li>{{ item.title + }}</li>\n</ul>\n")), "templates", bag);

        var error = Assert.Single(bag.Sorted());
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(new SourceLocation("templates/issue.html", 3, 21), error.Location);
        Assert.Contains("Expecting an <expression> to the right of the operator", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_error_in_a_partial_names_the_partial()
    {
        var bag = new DiagnosticBag();

        TemplateSet.Parse(Themes.Minimal(("partials/footer.html", "<footer>\n{{ end }}\n</footer>")), "templates", bag);

        var error = Assert.Single(bag.Sorted());
        Assert.Equal(("templates/partials/footer.html", 2), (error.Location.Path, error.Location.Line));
        Assert.Contains("<end> statement without a corresponding beginning", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_crlf_template_reports_the_same_line_and_column()
    {
        var lf = new DiagnosticBag();
        var crlf = new DiagnosticBag();

        TemplateSet.Parse(Themes.Minimal(("topic.html", "a\nb\n{{ x + }}\n")), "templates", lf);
        TemplateSet.Parse(Themes.Minimal(("topic.html", "a\r\nb\r\n{{ x + }}\r\n")), "templates", crlf);

        Assert.NotEmpty(lf.Sorted());
        Assert.Equal(lf.Printed(), crlf.Printed());
        Assert.Equal(3, lf.Sorted()[0].Location.Line);
    }

    [Fact]
    public void A_missing_required_template_is_reported_with_the_list_of_required_ones()
    {
        var bag = new DiagnosticBag();
        var files = Themes.Minimal().Where(f => f.Path != "topic.html").ToList();

        TemplateSet.Parse(files, "my-theme", bag);

        Assert.Equal(
            [$"my-theme/topic.html:1:1: error: the theme has no topic.html; every theme needs {string.Join(", ", TemplateSet.Required)}"],
            bag.Printed());
    }

    [Fact]
    public void Assets_are_kept_as_they_are_and_other_files_are_ignored()
    {
        var bag = new DiagnosticBag();
        var css = Themes.File("assets/style.css", "body { color: red } {{ not a template");

        var set = TemplateSet.Parse([.. Themes.Minimal(), css, Themes.File("README.txt", "{{ broken")], "templates", bag);

        Assert.Empty(bag.Sorted());
        Assert.Equal([css], set.Assets);
        Assert.False(set.Templates.ContainsKey("assets/style.css"));
        Assert.False(set.Templates.ContainsKey("README.txt"));
    }

    [Fact]
    public void The_default_theme_parses_without_diagnostics()
    {
        var bag = new DiagnosticBag();

        var set = TemplateSet.Parse(ThemeLoader.Default(), "templates", bag);

        Assert.Empty(bag.Sorted());
        Assert.All(TemplateSet.Required, r => Assert.True(set.Templates.ContainsKey(r)));
        Assert.Contains(set.Assets, a => a.Path == "assets/style.css");
    }

    [Fact]
    public void A_template_saved_with_a_bom_renders_without_it()
    {
        var bag = new DiagnosticBag();
        var withBom = new ThemeFile("home.html", "templates/home.html", [0xEF, 0xBB, 0xBF, .. "<p>{{ 1 + }}</p>"u8]);
        var files = Themes.Minimal(("layout.html", "\uFEFF<main>{{ content }}</main>")).Where(f => f.Path != "home.html").Append(withBom).ToList();

        var set = TemplateSet.Parse(files, "templates", bag);

        Assert.Equal(new SourceLocation("templates/home.html", 1, 11), Assert.Single(bag.Sorted()).Location);
        Assert.DoesNotContain('\uFEFF', set["layout.html"].Render());
    }
}
