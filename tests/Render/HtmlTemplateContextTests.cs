using Broadsheet.Diagnostics;
using Broadsheet.Render;
using Broadsheet.Render.Views;
using Broadsheet.Tests.TestSupport;
using Scriban;
using Scriban.Runtime;
using Xunit;

namespace Broadsheet.Tests.Render;

public sealed class HtmlTemplateContextTests
{
    private static string Render(string template, object view, params (string Path, string Text)[] partials)
    {
        var set = TemplateSet.Parse(
            Themes.Minimal([("page.html", template), .. partials]),
            "templates",
            new DiagnosticBag());
        var builtins = TemplateContext.GetDefaultBuiltinObject();
        builtins.SetValue("include", new RawIncludeFunction(), true);
        var context = new HtmlTemplateContext(builtins) { TemplateLoader = new ThemeTemplateLoader(set), StrictVariables = true };
        foreach (var (path, parsed) in set.Templates)
        {
            context.CachedTemplates[path] = parsed;
        }

        context.PushGlobal(new ScriptObject { ["item"] = view });
        return set["page.html"].Render(context);
    }

    [Fact]
    public void A_string_from_a_view_is_escaped()
    {
        var html = Render("<h1>{{ item.title }}</h1>", new LinkView("<script>alert('x')</script> & \"more\"", "a.html"));

        Assert.Equal("<h1>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;more&quot;</h1>", html);
    }

    [Fact]
    public void A_string_in_an_attribute_cannot_break_out_of_its_quotes()
    {
        var html = Render("<a href=\"{{ item.url }}\">x</a>", new LinkView("x", "a.html\" onclick=\"steal()"));

        Assert.Equal("<a href=\"a.html&quot; onclick=&quot;steal()\">x</a>", html);
    }

    [Fact]
    public void RawHtml_is_printed_as_it_is()
    {
        var html = Render("<div>{{ item.body }}</div>", new { Body = new RawHtml("<p>Body <em>text</em></p>") });

        Assert.Equal("<div><p>Body <em>text</em></p></div>", html);
    }

    [Fact]
    public void The_template_text_itself_is_not_escaped()
    {
        Assert.Equal("<p class=\"a\">&amp; 'x'</p>", Render("<p class=\"a\">&amp; 'x'</p>", new LinkView("x", "y")));
    }

    [Fact]
    public void A_partial_included_with_include_is_not_escaped_but_its_values_are()
    {
        var html = Render(
            "<main>{{ include 'partials/title.html' }}</main>",
            new LinkView("<b>bold</b>", "a.html"),
            ("partials/title.html", "<h1 class=\"t\">{{ item.title }}</h1>"));

        Assert.Equal("<main><h1 class=\"t\">&lt;b&gt;bold&lt;/b&gt;</h1></main>", html);
    }

    [Fact]
    public void Numbers_and_other_values_are_printed_and_escaped()
    {
        var html = Render("{{ item.count }} {{ item.count > 3 }}", new TopicLinkView("t", "u", null, 12));

        Assert.Equal("12 true", html);
    }

    [Fact]
    public void A_null_value_prints_nothing()
    {
        Assert.Equal("[]", Render("[{{ item.description }}]", new TopicLinkView("t", "u", null, 1)));
    }
}
