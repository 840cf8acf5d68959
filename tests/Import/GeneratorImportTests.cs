using Broadsheet.Import;
using Broadsheet.Import.Generators;

namespace Broadsheet.Tests.Import;

/// <summary><c>broadsheet import jekyll|hugo|eleventy</c> on folders written for the project.</summary>
public sealed class GeneratorImportTests
{
    private static ImportOptions Options(string kind) => ImportCases.Options(kind, ImportCases.Input(kind));

    [Fact]
    public void A_jekyll_site_imports_to_the_expected_files_and_builds()
    {
        using var temp = new TempFolder();
        var outcome = ImportCases.Import(temp, Options("jekyll"));

        Assert.Equal("imported 3 articles, 0 issues, 4 topics, 1 authors; 1 warnings", outcome.Summary);
        ImportCases.AssertGolden("jekyll", temp);
        ImportCases.Build(temp);
        Assert.True(File.Exists(temp.Combine("site", "1917", "october", "index.html")), "the permalink answers");
    }

    [Fact]
    public void A_hugo_site_imports_to_the_expected_files_and_builds()
    {
        using var temp = new TempFolder();
        var outcome = ImportCases.Import(temp, Options("hugo"));

        Assert.Equal("imported 2 articles, 0 issues, 4 topics, 2 authors; 1 warnings", outcome.Summary);
        Assert.Equal(1, outcome.Log.CountOf("list pages skipped (_index.md)"));
        ImportCases.AssertGolden("hugo", temp);
        ImportCases.Build(temp);
    }

    [Fact]
    public void An_eleventy_site_imports_its_posts_with_their_url_filters_converted()
    {
        using var temp = new TempFolder();
        var outcome = ImportCases.Import(temp, Options("eleventy"));

        var first = File.ReadAllText(temp.Combine("out", "site-content", "articles", "2015", "06", "letters.md"));
        Assert.Contains("[the next letters](letters-2.md)", first, StringComparison.Ordinal);
        Assert.Contains("aliases: [\"/posts/2015-06-03-letters/\"]", first, StringComparison.Ordinal);
        Assert.Equal(1, outcome.Log.CountOf("files skipped (no date: pages, not posts)"));
        Assert.Contains(outcome.Log.Warnings, w => w.Message.Contains("{{ page.date | readableDate }}", StringComparison.Ordinal));
        ImportCases.Build(temp);
    }

    [Fact]
    public void The_date_comes_from_the_file_name_where_front_matter_has_none()
    {
        using var temp = new TempFolder();
        var log = ImportCases.Import(temp, Options("jekyll")).Log;

        Assert.Contains(("date", FieldSource.FileName, 1), log.Fields);
        Assert.Contains(("date", FieldSource.FrontMatter, 2), log.Fields);
    }

    [Fact]
    public void A_file_whose_front_matter_cannot_be_read_is_left_out_with_its_position()
    {
        using var temp = new TempFolder();
        temp.Write("site/_posts/2014-10-29-good.md", "---\ntitle: Good\n---\nText.\n");
        temp.Write("site/_posts/2014-10-30-bad.md", "---\ntitle: Lessons: 1917: again\n---\nText.\n");

        var outcome = ArchiveImporter.Run(Options("jekyll") with { Input = temp.Combine("site"), Into = temp.Combine("out", "site-content") }, NoProgress.Instance);

        Assert.Equal(1, outcome.Log.CountOf("articles"));
        Assert.Contains(outcome.Log.Warnings, w => w.Subject == "_posts/2014-10-30-bad.md" && w.Message.StartsWith("_posts/2014-10-30-bad.md:2:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("[a]({% post_url 2014-10-29-x %})", "[a](../10/x.md)")]
    [InlineData("[a]({% link _posts/2014-10-29-x.md %})", "[a](../10/x.md)")]
    [InlineData("[a]({{< ref \"posts/x.md\" >}})", "[a](../10/x.md)")]
    [InlineData("[a]({{< relref \"x\" >}})", "[a](../10/x.md)")]
    [InlineData("[a]({{ \"/about/\" | url }})", "[a](/about/)")]
    [InlineData("[a]({{ site.baseurl }}/files/a.pdf)", "[a](/files/a.pdf)")]
    [InlineData("{{< figure src=\"/img/a.jpg\" alt=\"Pickets\" caption=\"At the gates\" >}}", "^^^\n![Pickets](/img/a.jpg)\n^^^ At the gates")]
    [InlineData("{% highlight ruby %}\nputs 1\n{% endhighlight %}", "```ruby\nputs 1\n```")]
    public void Known_template_tags_are_converted(string body, string expected)
    {
        var unknown = new List<string>();
        var converted = TemplateTags.Convert(body, r => r is "2014-10-29-x" or "_posts/2014-10-29-x.md" or "posts/x.md" or "x" ? "../10/x.md" : null, unknown.Add);

        Assert.Equal(expected, converted);
        Assert.Empty(unknown);
    }

    [Fact]
    public void Unknown_template_tags_are_kept_and_listed()
    {
        var unknown = new List<string>();
        var converted = TemplateTags.Convert("A {% include x.html %} and {{< youtube id >}} and {% post_url missing %}.", _ => null, unknown.Add);

        Assert.Equal("A {% include x.html %} and {{< youtube id >}} and {% post_url missing %}.", converted);
        Assert.Equal(["{% include x.html %}", "{{< youtube id >}}", "{% post_url missing %}"], unknown);
    }

    [Fact]
    public void A_link_to_nothing_the_site_has_makes_link_check_warn_so_the_folder_still_builds()
    {
        using var temp = new TempFolder();
        temp.Write("site/_config.yml", "title: The Weekly Broadsheet\n");
        temp.Write("site/_posts/2015-01-02-a.md", "---\ntitle: A\n---\nSee [the old page](/old/page-not-here/).\n");

        var outcome = ArchiveImporter.Run(Options("jekyll") with { Input = temp.Combine("site"), Into = temp.Combine("out", "site-content") }, NoProgress.Instance);

        Assert.Contains("\nlink_check: warn", File.ReadAllText(temp.Combine("out", "site-content", "site.yml")), StringComparison.Ordinal);
        Assert.Contains(outcome.Log.Warnings, w => w.Message.Contains("/old/page-not-here/", StringComparison.Ordinal));
        ImportCases.Build(temp);
    }
}
