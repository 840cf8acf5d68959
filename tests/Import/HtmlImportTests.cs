using Broadsheet.Import;
using Broadsheet.Import.Html;

namespace Broadsheet.Tests.Import;

/// <summary>
/// <c>broadsheet import html</c> on saved pages of two CMSs written for the project: a modern one that says everything in
/// JSON-LD and meta, and an old table-layout one in windows-1252 that needs a profile of selectors.
/// </summary>
public sealed class HtmlImportTests
{
    private static ImportOptions JsonLd() => ImportCases.Options("html", ImportCases.Input("html-jsonld", "www.broadsheet.example.org")) with { Redirects = "netlify" };

    private static ImportOptions Profiled() => ImportCases.Options("html", ImportCases.Input("html-profile", "mirror")) with
    {
        Profile = ImportCases.Input("html-profile", "profile.yml"),
        Redirects = "apache",
    };

    [Fact]
    public void Pages_with_json_ld_and_meta_import_to_the_expected_files()
    {
        using var temp = new TempFolder();
        var outcome = ImportCases.Import(temp, JsonLd());

        Assert.Equal("imported 3 articles, 2 issues, 4 topics, 2 authors; 1 warnings", outcome.Summary);
        Assert.Equal(2, outcome.Log.CountOf("pages skipped (not articles)"));
        ImportCases.AssertGolden("html-jsonld", temp);
    }

    [Fact]
    public void Pages_read_through_a_profile_import_to_the_expected_files()
    {
        using var temp = new TempFolder();
        var outcome = ImportCases.Import(temp, Profiled());

        Assert.Equal("imported 2 articles, 1 issues, 2 topics, 3 authors; 0 warnings", outcome.Summary);
        ImportCases.AssertGolden("html-profile", temp);
    }

    [Fact]
    public void Both_imported_folders_build_with_every_link_valid()
    {
        using var first = new TempFolder();
        using var second = new TempFolder();
        ImportCases.Import(first, JsonLd());
        ImportCases.Import(second, Profiled());

        ImportCases.Build(first);
        ImportCases.Build(second);

        Assert.True(File.Exists(first.Combine("site", "issues", "2014-10-29.html")));
        Assert.True(File.Exists(second.Combine("site", "archive", "19456", "dockers-reject-final-offer.html")), "the old address answers");
    }

    [Fact]
    public void Each_field_comes_from_the_first_source_that_has_it()
    {
        using var temp = new TempFolder();
        var fields = ImportCases.Import(temp, JsonLd()).Log.Fields;

        // Two pages say their title in JSON-LD (which wins over og:title), the third only in og:title.
        Assert.Contains(("title", FieldSource.JsonLd, 2), fields);
        Assert.Contains(("title", FieldSource.Meta, 1), fields);
        Assert.Contains(("issue", FieldSource.JsonLd, 2), fields);
        var text = File.ReadAllText(temp.Combine("out", "site-content", "articles", "2014", "10", "lessons-from-history-1917.md"));
        Assert.Contains("title: \"Lessons from history: 1917\"\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_in_windows_1252_is_read_in_the_charset_it_declares()
    {
        using var temp = new TempFolder();
        ImportCases.Import(temp, Profiled());

        var text = File.ReadAllText(temp.Combine("out", "site-content", "articles", "2003", "10", "dockers-reject-final-offer.md"));
        Assert.Contains("“final offer” of £1.50 an hour", text, StringComparison.Ordinal);
        Assert.Contains("Siobhán Kearney", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Navigation_share_buttons_donation_boxes_and_related_links_are_removed()
    {
        using var temp = new TempFolder();
        ImportCases.Import(temp, Profiled());
        ImportCases.Import(temp, JsonLd() with { Into = temp.Combine("other") });

        var old = File.ReadAllText(temp.Combine("out", "site-content", "articles", "2003", "10", "dockers-reject-final-offer.md"));
        Assert.DoesNotContain("donation", old, StringComparison.Ordinal);
        Assert.DoesNotContain("Email this", old, StringComparison.Ordinal);
        Assert.DoesNotContain("Dockers' history", old, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Lessons from history: 1917 | The Weekly Broadsheet", null, "Lessons from history: 1917")]
    [InlineData("Miners – the long strike", null, "Miners – the long strike")]
    [InlineData("Miners – the long strike – The Weekly Broadsheet", "The Weekly Broadsheet", "Miners – the long strike")]
    [InlineData("Letters :: Broadsheet Archive", null, "Letters")]
    public void A_title_loses_its_site_name(string title, string? siteName, string expected) =>
        Assert.Equal(expected, PageReader.WithoutSiteName(title, siteName));

    [Fact]
    public void A_site_name_before_the_title_is_dropped_when_the_heading_names_the_title() =>
        Assert.Equal("Letters", PageReader.WithoutSiteName("Broadsheet Archive :: Letters", null, " Letters "));

    [Theory]
    [InlineData("2014-11-05T23:45:00-05:00", "2014-11-05")]
    [InlineData("2014-10-29T00:30:00+01:00", "2014-10-29")]
    [InlineData("2014-10-29", "2014-10-29")]
    public void An_iso_date_keeps_its_own_day(string text, string day) =>
        Assert.Equal(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), PageReader.IsoDate(text));

    [Fact]
    public void A_profile_with_an_unknown_key_is_an_error_that_suggests_the_right_one()
    {
        using var temp = new TempFolder();
        var profile = temp.Write("profile.yml", "titel: h1\n");

        var error = Assert.Throws<ImportFailedException>(() => HtmlProfile.Load(profile));

        Assert.Contains("unknown key 'titel' in the profile; did you mean 'title'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_profile_with_a_broken_selector_is_an_error_before_any_page_is_read()
    {
        using var temp = new TempFolder();
        var profile = temp.Write("profile.yml", "title: \"h1[\"\n");

        var error = Assert.Throws<ImportFailedException>(() => HtmlProfile.Load(profile));

        Assert.Contains("'title' in the profile, 'h1[', is not a CSS selector", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_saved_with_its_query_in_the_name_is_found_by_its_old_address()
    {
        using var temp = new TempFolder();
        const string Head = "<html><head><meta property=\"og:type\" content=\"article\"><meta property=\"article:published_time\" content=\"2009-03-04\">";
        temp.Write("mirror/story.php?id=12.html", Head + "<title>Twelve</title></head><body><main><p>Story twelve.</p></main></body></html>");
        temp.Write("mirror/story.php?id=13.html", Head + "<title>Thirteen</title></head><body><main><p>See <a href=\"story.php?id=12\">twelve</a>.</p></main></body></html>");

        var outcome = ArchiveImporter.Run(ImportCases.Options("html", temp.Combine("mirror")) with { Into = temp.Combine("out", "site-content") }, NoProgress.Instance);

        Assert.Equal(2, outcome.Log.CountOf("articles"));
        var thirteen = Directory.GetFiles(temp.Combine("out", "site-content", "articles", "2009", "03")).Select(File.ReadAllText).Single(t => t.Contains("Thirteen", StringComparison.Ordinal));
        Assert.Matches(@"\[twelve\]\([a-z0-9-]+\.md\)", thirteen);
        ImportCases.Build(temp);
    }
}
