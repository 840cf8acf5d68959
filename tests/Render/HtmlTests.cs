using Broadsheet.Render;
using Xunit;

namespace Broadsheet.Tests.Render;

public sealed class HtmlTests
{
    [Fact]
    public void Escape_escapes_the_five_characters_that_matter()
    {
        Assert.Equal("&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;", Html.Escape("<script>alert(\"x\" & 'y')</script>"));
    }

    [Fact]
    public void Escape_leaves_other_text_as_it_is()
    {
        const string text = "Café — “1917” · 50% off";

        Assert.Same(text, Html.Escape(text));
    }

    [Fact]
    public void Escape_escapes_an_ampersand_that_already_looks_like_an_entity()
    {
        Assert.Equal("&amp;amp; &amp;lt;", Html.Escape("&amp; &lt;"));
    }
}
