using Broadsheet.Common;
using Broadsheet.Tests.TestSupport;
using Xunit;

namespace Broadsheet.Tests.Common;

public sealed class SitePathsTests
{
    [Theory]
    [InlineData("articles/2014/10/a.md", "b.md", "articles/2014/10/b.md")]
    [InlineData("articles/2014/10/a.md", "./b.md", "articles/2014/10/b.md")]
    [InlineData("articles/2014/10/a.md", "../11/b.md", "articles/2014/11/b.md")]
    [InlineData("articles/2014/10/a.md", "../../../static/images/x.svg", "static/images/x.svg")]
    [InlineData("articles/2014/10/a.md", "sub//b.md", "articles/2014/10/sub/b.md")]
    [InlineData("index.html", "issues/x.html", "issues/x.html")]
    public void A_relative_path_resolves_from_the_folder_of_the_file(string from, string relative, string expected)
    {
        Assert.Equal(expected, SitePaths.Resolve(from, relative));
    }

    [Theory]
    [InlineData("articles/2014/10/a.md", "/images/x.svg", "images/x.svg")]
    [InlineData("articles/2014/10/a.md", "/articles/../index.html", "index.html")]
    public void A_path_starting_with_a_slash_resolves_from_the_root(string from, string relative, string expected)
    {
        Assert.Equal(expected, SitePaths.Resolve(from, relative));
    }

    [Theory]
    [InlineData("articles/a.md", "../../outside.md")]
    [InlineData("index.html", "../x.html")]
    [InlineData("a.md", "/../x.md")]
    public void A_path_that_leaves_the_folder_resolves_to_null(string from, string relative)
    {
        Assert.Null(SitePaths.Resolve(from, relative));
    }

    [Theory]
    [InlineData("articles/2014/10/a.md", "articles/2014/10/b.md", "b.md")]
    [InlineData("articles/2014/10/a.md", "articles/2014/11/b.md", "../11/b.md")]
    [InlineData("articles/2014/10/a.md", "articles/2015/01/b.md", "../../2015/01/b.md")]
    [InlineData("articles/a.md", "articles/2014/10/b.md", "2014/10/b.md")]
    public void The_relative_path_between_two_files_resolves_back_to_the_second(string from, string to, string expected)
    {
        Assert.Equal(expected, SitePaths.Relative(from, to));
        Assert.Equal(to, SitePaths.Resolve(from, expected));
    }

    [Theory]
    [InlineData("index.html", true)]
    [InlineData("articles/2014/10/a/index.html", true)]
    [InlineData("a..b/index.html", true)]
    [InlineData("./index.html", true)]
    [InlineData("../index.html", false)]
    [InlineData("articles/../../index.html", false)]
    [InlineData("articles/..", false)]
    [InlineData("/etc/passwd", false)]
    [InlineData("", false)]
    public void A_path_stays_inside_its_folder_without_a_root_or_a_part_that_climbs(string path, bool inside)
    {
        Assert.Equal(inside, SitePaths.StaysInside(path));
    }
}
