using Broadsheet.Common;
using Broadsheet.Diagnostics;
using Broadsheet.Load;
using Broadsheet.Tests.TestSupport;
using Xunit;

namespace Broadsheet.Tests.Load;

public sealed class ContentLoaderTests : IDisposable
{
    private readonly TempFolder _source = new();

    public ContentLoaderTests() => _source.Write("site.yml", "title: The Weekly\n");

    public void Dispose() => _source.Dispose();

    [Fact]
    public void Reads_every_kind_of_content_from_a_real_folder()
    {
        _source.Write("issues/2014-10-29.md", "---\ntitle: Issue 1\n---\n");
        _source.Write("topics/russia.md", "---\ntitle: Russia\n---\n");
        _source.Write("authors/clare-doyle.md", "---\nname: Clare Doyle\n---\n");
        _source.Write("articles/2014/10/lessons.md", "---\ntitle: Lessons\n---\nBody.\n");
        _source.WriteBytes("static/images/a b.png", [1, 2, 3]);
        var bag = new DiagnosticBag();

        var set = new ContentLoader(bag).Load(_source.Path);

        Assert.Empty(bag.Sorted());
        Assert.NotNull(set.SiteConfig);
        Assert.Equal("title: The Weekly\n", set.SiteConfig.Text);
        Assert.Equal(["issues/2014-10-29.md"], set.Issues.Select(f => f.SitePath));
        Assert.Equal(["topics/russia.md"], set.Topics.Select(f => f.SitePath));
        Assert.Equal(["authors/clare-doyle.md"], set.Authors.Select(f => f.SitePath));
        var article = Assert.Single(set.Articles);
        Assert.Equal("articles/2014/10/lessons.md", article.SitePath);
        Assert.EndsWith("/articles/2014/10/lessons.md", article.DisplayPath, StringComparison.Ordinal);
        Assert.Equal("Lessons", Assert.IsType<FrontMatterScalar>(article.FrontMatter?.Find("title")).Value);
        Assert.Equal(4, article.Body.FirstLine);
        Assert.Equal("Body.\n", article.ReadBody());
        var image = Assert.Single(set.StaticFiles);
        Assert.Equal("images/a b.png", image.SitePath);
        Assert.Equal(_source.Combine("static/images/a b.png"), image.FullPath);
    }

    [Fact]
    public void Ignores_dotfiles_and_editor_backups()
    {
        _source.Write("articles/real.md", "---\ntitle: Real\n---\n");
        foreach (var ignored in new[] { "articles/real.md~", "articles/.#real.md", "articles/real.md.swp", "articles/.real.md.swp",
                     "articles/#real.md#", "articles/real.md.bak", "articles/real.tmp", "articles/.hidden/x.md", "articles/.DS_Store" })
        {
            _source.Write(ignored, "---\ntitle: Backup\n---\n");
        }

        _source.WriteBytes("static/.DS_Store", [0]);
        _source.WriteBytes("static/x.swp", [0]);
        _source.WriteBytes("static/.git/config", [0]);
        _source.WriteBytes("static/logo.svg", [0]);

        var set = new ContentLoader(new DiagnosticBag()).Load(_source.Path);

        Assert.Equal(["articles/real.md"], set.Articles.Select(f => f.SitePath));
        Assert.Equal(["logo.svg"], set.StaticFiles.Select(f => f.SitePath));
    }

    [Theory]
    [InlineData("x.md~", true)]
    [InlineData(".#x.md", true)]
    [InlineData("x.swp", true)]
    [InlineData("X.SWP", true)]
    [InlineData("#x.md#", true)]
    [InlineData(".gitkeep", true)]
    [InlineData("x.md", false)]
    [InlineData("#hashtag.md", false)]
    [InlineData("swap.md", false)]
    public void IsIgnored_knows_dotfiles_and_editor_backups(string name, bool ignored)
    {
        Assert.Equal(ignored, ContentLoader.IsIgnored(name));
    }

    [Fact]
    public void Sorts_files_ordinally_by_their_path_whatever_order_they_were_made_in()
    {
        foreach (var path in new[] { "articles/b.md", "articles/Z.md", "articles/2014/10/x.md", "articles/a.md", "articles/B.md", "articles/2014/9/y.md" })
        {
            _source.Write(path, "---\ntitle: x\n---\n");
        }

        var set = new ContentLoader(new DiagnosticBag()).Load(_source.Path);

        Assert.Equal(
            ["articles/2014/10/x.md", "articles/2014/9/y.md", "articles/B.md", "articles/Z.md", "articles/a.md", "articles/b.md"],
            set.Articles.Select(f => f.SitePath));
    }

    [Fact]
    public void Reads_only_markdown_and_only_articles_recursively()
    {
        _source.Write("articles/2014/notes.txt", "not content");
        _source.Write("articles/2014/10/a.md", "---\ntitle: A\n---\n");
        _source.Write("issues/old/2014-10-29.md", "---\ntitle: Nested\n---\n");
        _source.Write("issues/2014-11-05.md", "---\ntitle: Top\n---\n");

        var set = new ContentLoader(new DiagnosticBag()).Load(_source.Path);

        Assert.Equal(["articles/2014/10/a.md"], set.Articles.Select(f => f.SitePath));
        Assert.Equal(["issues/2014-11-05.md"], set.Issues.Select(f => f.SitePath));
    }

    [Fact]
    public void A_link_to_a_file_inside_the_source_is_read_and_one_leading_out_of_it_is_an_error()
    {
        using var outside = new TempFolder();
        outside.Write("secret.md", "---\ntitle: Outside\n---\n");
        _source.Write("drafts/kept.md", "---\ntitle: Kept\n---\nBody.\n");
        Directory.CreateDirectory(_source.Combine("articles"));
        File.CreateSymbolicLink(_source.Combine("articles/inside.md"), _source.Combine("drafts/kept.md"));
        File.CreateSymbolicLink(_source.Combine("articles/outside.md"), outside.Combine("secret.md"));
        var bag = new DiagnosticBag();

        var set = new ContentLoader(bag).Load(_source.Path);

        var article = Assert.Single(set.Articles);
        Assert.Equal("articles/inside.md", article.SitePath);
        Assert.Equal("Body.\n", article.ReadBody());
        var error = Assert.Single(bag.Sorted(), d => d.Severity == Severity.Error);
        Assert.EndsWith("articles/outside.md", error.Location.Path, StringComparison.Ordinal);
        Assert.Contains("outside the source folder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_linked_folder_under_articles_or_static_is_an_error_and_is_not_entered()
    {
        _source.Write("elsewhere/a.md", "---\ntitle: A\n---\n");
        _source.Write("articles/real.md", "---\ntitle: Real\n---\n");
        Directory.CreateDirectory(_source.Combine("static"));
        Directory.CreateSymbolicLink(_source.Combine("articles/linked"), _source.Combine("elsewhere"));
        Directory.CreateSymbolicLink(_source.Combine("static/linked"), _source.Combine("elsewhere"));
        var bag = new DiagnosticBag();

        var set = new ContentLoader(bag).Load(_source.Path);

        Assert.Equal(["articles/real.md"], set.Articles.Select(f => f.SitePath));
        Assert.Empty(set.StaticFiles);
        Assert.Collection(
            bag.Sorted().Where(d => d.Severity == Severity.Error),
            d => Assert.EndsWith("/articles/linked", d.Location.Path, StringComparison.Ordinal),
            d => Assert.EndsWith("/static/linked", d.Location.Path, StringComparison.Ordinal));
        Assert.All(bag.Sorted().Where(d => d.Severity == Severity.Error), d => Assert.Contains("links to folders are not followed", d.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_site_yml_is_an_error_naming_it()
    {
        File.Delete(_source.Combine("site.yml"));
        var bag = new DiagnosticBag();

        var set = new ContentLoader(bag).Load(_source.Path);

        Assert.Null(set.SiteConfig);
        var error = Assert.Single(bag.Sorted());
        Assert.EndsWith("site.yml", error.Location.Path, StringComparison.Ordinal);
        Assert.Contains("site.yml is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_source_folder_is_an_error()
    {
        var bag = new DiagnosticBag();

        var set = new ContentLoader(bag).Load(_source.Combine("nowhere"));

        Assert.Empty(set.Articles);
        Assert.Contains("does not exist", Assert.Single(bag.Sorted()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_an_error_and_is_left_out()
    {
        _source.WriteBytes("articles/latin1.md", [.. "---\ntitle: Caf"u8, 0xE9, .. "\n---\n"u8]);
        _source.Write("articles/ok.md", "---\ntitle: Ok\n---\n");
        var bag = new DiagnosticBag();

        var set = new ContentLoader(bag).Load(_source.Path);

        Assert.Equal(["articles/ok.md"], set.Articles.Select(f => f.SitePath));
        var error = Assert.Single(bag.Sorted());
        Assert.EndsWith("articles/latin1.md", error.Location.Path, StringComparison.Ordinal);
        Assert.Equal((2, 11), (error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void Crlf_files_are_read_with_lf_line_endings()
    {
        _source.Write("issues/a.md", "---\r\ntitle: A\r\n---\r\nBody.\r\n");
        _source.Write("articles/a.md", "---\r\ntitle: A\r\n---\r\nBody.\r\n");

        var set = new ContentLoader(new DiagnosticBag()).Load(_source.Path);

        Assert.Equal("Body.\n", Assert.Single(set.Issues).ReadBody());
        Assert.Equal("A", Assert.IsType<FrontMatterScalar>(Assert.Single(set.Issues).FrontMatter?.Find("title")).Value);
        Assert.Equal("Body.\n", Assert.Single(set.Articles).ReadBody());
    }
}
