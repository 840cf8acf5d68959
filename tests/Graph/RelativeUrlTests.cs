using Broadsheet.Graph;
using Xunit;

namespace Broadsheet.Tests.Graph;

public sealed class RelativeUrlTests
{
    [Theory]
    [InlineData("articles/2014/10/a.html", "articles/2014/10/b.html", "b.html")]
    [InlineData("index.html", "about.html", "about.html")]
    public void A_page_in_the_same_folder_is_named_by_its_file_name(string from, string to, string expected)
    {
        Assert.Equal(expected, RelativeUrl.Between(from, to));
    }

    [Fact]
    public void A_page_deeper_down_is_reached_through_its_folders()
    {
        Assert.Equal("articles/2014/10/a.html", RelativeUrl.Between("index.html", "articles/2014/10/a.html"));
        Assert.Equal("10/a.html", RelativeUrl.Between("articles/2014/index.html", "articles/2014/10/a.html"));
    }

    [Fact]
    public void A_page_higher_up_is_reached_with_one_dot_dot_per_folder()
    {
        Assert.Equal("../../../index.html", RelativeUrl.Between("articles/2014/10/a.html", "index.html"));
    }

    [Theory]
    [InlineData("articles/2014/10/a.html", "articles/2014/11/b.html", "../11/b.html")]
    [InlineData("articles/2014/10/a.html", "articles/2015/01/b.html", "../../2015/01/b.html")]
    [InlineData("issues/2014-10-29.html", "topics/russia.html", "../topics/russia.html")]
    [InlineData("articles/2014/10/a.html", "issues/2014-10-29.html", "../../../issues/2014-10-29.html")]
    public void A_page_in_a_sibling_folder_goes_up_to_the_common_folder_and_down_again(string from, string to, string expected)
    {
        Assert.Equal(expected, RelativeUrl.Between(from, to));
    }

    [Fact]
    public void Folders_that_only_share_a_prefix_are_not_the_same_folder()
    {
        Assert.Equal("../1/b.html", RelativeUrl.Between("articles/2014/10/a.html", "articles/2014/1/b.html"));
    }

    [Fact]
    public void Spaces_and_other_unsafe_characters_are_percent_encoded()
    {
        Assert.Equal("files/my%20file.pdf", RelativeUrl.Between("index.html", "files/my file.pdf"));
        Assert.Equal("../files%20and%20more/a%23b.pdf", RelativeUrl.Between("issues/x.html", "files and more/a#b.pdf"));
    }

    [Fact]
    public void Non_ascii_names_are_percent_encoded_as_utf8()
    {
        Assert.Equal("images/caf%C3%A9.jpg", RelativeUrl.Between("index.html", "images/café.jpg"));
    }

    [Fact]
    public void A_fragment_is_appended_and_encoded()
    {
        Assert.Equal("b.html#peace-land", RelativeUrl.Between("a/a.html", "a/b.html", "peace-land"));
        Assert.Equal("b.html#fn%201", RelativeUrl.Between("a/a.html", "a/b.html", "fn 1"));
        Assert.Equal("b.html", RelativeUrl.Between("a/a.html", "a/b.html", ""));
    }

    [Fact]
    public void A_link_to_the_page_itself_names_its_file()
    {
        Assert.Equal("a.html#top", RelativeUrl.Between("articles/2014/10/a.html", "articles/2014/10/a.html", "top"));
    }

    [Theory]
    [InlineData("index.html", "")]
    [InlineData("issues/2014-10-29.html", "../")]
    [InlineData("articles/2014/10/a.html", "../../../")]
    public void ToRoot_climbs_one_folder_per_slash(string page, string expected)
    {
        Assert.Equal(expected, RelativeUrl.ToRoot(page));
    }
}
