using Broadsheet.Import;

namespace Broadsheet.Tests.Import;

/// <summary><c>broadsheet import wordpress</c> on an export written for the project, holding every case the importer handles.</summary>
public sealed class WordpressImportTests
{
    private static ImportOptions Options() => ImportCases.Options("wordpress", ImportCases.Input("wordpress", "export.xml")) with
    {
        Uploads = ImportCases.Input("wordpress", "uploads"),
        TimeZone = "Europe/London",
        Redirects = "nginx",
    };

    [Fact]
    public void The_export_imports_to_the_expected_files()
    {
        using var temp = new TempFolder();
        var outcome = ImportCases.Import(temp, Options());

        Assert.Equal("imported 10 articles, 0 issues, 7 topics, 3 authors; 8 warnings", outcome.Summary);
        ImportCases.AssertGolden("wordpress", temp);
    }

    [Fact]
    public void The_imported_folder_builds_with_every_link_valid()
    {
        using var temp = new TempFolder();
        ImportCases.Import(temp, Options());

        // Without --drafts too: a published post's link to a draft keeps its old address rather than lead nowhere.
        ImportCases.Build(temp, drafts: false);
        var result = ImportCases.Build(temp);

        Assert.True(File.Exists(temp.Combine("site", "articles", "2014", "10", "lessons-from-history-1917.html")));
        Assert.True(File.Exists(temp.Combine("site", "uploads", "2014", "10", "moscow-1920.jpg")));
        Assert.True(File.Exists(temp.Combine("site", "2014", "10", "29", "lessons-from-history-1917", "index.html")), "the old address answers");
        Assert.NotNull(result);
    }

    [Fact]
    public void Skipped_and_draft_posts_are_counted_and_warned_about()
    {
        using var temp = new TempFolder();
        var outcome = ImportCases.Import(temp, Options());
        var log = outcome.Log;

        Assert.Equal(4, log.CountOf("articles (drafts)"));
        Assert.Equal(1, log.CountOf("pages skipped (import them with --pages)"));
        Assert.Equal(1, log.CountOf("posts skipped (password-protected)"));
        Assert.Equal(1, log.CountOf("posts skipped (trash)"));
        Assert.Contains(log.Warnings, w => w.Subject == "post 109" && w.Message.Contains("password-protected", StringComparison.Ordinal));
        Assert.Contains(log.Warnings, w => w.Subject == "post 104" && w.Message.Contains("zero date", StringComparison.Ordinal));
        foreach (var draft in new[] { "2015/07/notes-for-the-next-issue", "2015/07/awaiting-the-editor", "2015/08/anniversary-issue", "2015/08/private-memo" })
        {
            Assert.Contains("\ndraft: true\n", File.ReadAllText(temp.Combine("out", "site-content", "articles", draft + ".md")), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_post_just_after_midnight_keeps_its_local_day()
    {
        using var temp = new TempFolder();
        ImportCases.Import(temp, Options());

        // post_date 2015-06-30 00:30 in London is 2015-06-29 23:30 UTC: the day is the site's, never UTC's.
        var text = File.ReadAllText(temp.Combine("out", "site-content", "articles", "2015", "06", "i-apergia.md"));
        Assert.Contains("\ndate: 2015-06-30\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Percent_encoded_greek_and_cyrillic_slugs_make_valid_file_names_and_aliases()
    {
        using var temp = new TempFolder();
        ImportCases.Import(temp, Options());

        var greek = File.ReadAllText(temp.Combine("out", "site-content", "articles", "2015", "06", "i-apergia.md"));
        Assert.Contains("aliases: [\"/2015/06/30/η-απεργία/\"]", greek, StringComparison.Ordinal);
        Assert.True(File.Exists(temp.Combine("out", "site-content", "articles", "2015", "06", "zabastovka.md")));
        Assert.True(File.Exists(temp.Combine("out", "site-content", "topics", "ellada.md")));
    }

    [Fact]
    public void Without_uploads_images_stay_on_the_old_site_and_the_folder_still_builds()
    {
        using var temp = new TempFolder();
        var outcome = ImportCases.Import(temp, Options() with { Uploads = null });

        var text = File.ReadAllText(temp.Combine("out", "site-content", "articles", "2015", "06", "i-apergia.md"));
        Assert.Contains("(https://broadsheet.example.org/wp-content/uploads/2015/06/syntagma.jpg)", text, StringComparison.Ordinal);
        Assert.Contains(outcome.Log.Warnings, w => w.Message.Contains("--uploads", StringComparison.Ordinal));
        ImportCases.Build(temp);
    }

    [Fact]
    public void Categories_can_become_sections()
    {
        using var temp = new TempFolder();
        ImportCases.Import(temp, Options() with { Categories = "sections" });

        var site = File.ReadAllText(temp.Combine("out", "site-content", "site.yml"));
        Assert.Contains("  - id: history\n    title: \"History\"\n", site, StringComparison.Ordinal);
        Assert.Contains("\nsection: history\n", File.ReadAllText(temp.Combine("out", "site-content", "articles", "2014", "10", "lessons-from-history-1917.md")), StringComparison.Ordinal);
        Assert.False(File.Exists(temp.Combine("out", "site-content", "topics", "history.md")));
        ImportCases.Build(temp);
    }

    [Fact]
    public void Pages_are_imported_as_articles_when_asked()
    {
        using var temp = new TempFolder();
        var outcome = ImportCases.Import(temp, Options() with { Pages = true });

        Assert.Equal(0, outcome.Log.CountOf("pages skipped (import them with --pages)"));
        var about = File.ReadAllText(temp.Combine("out", "site-content", "articles", "2015", "01", "about.md"));
        Assert.Contains("aliases: [\"/about/\"]", about, StringComparison.Ordinal);
        Assert.Contains("https://broadsheet.example.org/?page_id=2,articles/2015/01/about.html", File.ReadAllText(temp.Combine("out", "import-url-map.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_section_map_makes_some_categories_sections_in_its_order()
    {
        using var temp = new TempFolder();
        var map = temp.Write("sections.yml", "workplace: workplace-news\nhistory: history\n");

        ImportCases.Import(temp, Options() with { SectionMap = map });

        var site = File.ReadAllText(temp.Combine("out", "site-content", "site.yml"));
        Assert.Contains("sections:\n  - id: workplace-news\n    title: \"Workplace news\"\n  - id: history\n    title: \"History\"\n", site, StringComparison.Ordinal);
        Assert.True(File.Exists(temp.Combine("out", "site-content", "topics", "international.md")), "an unmapped category stays a topic");
        Assert.Contains("\nsection: workplace-news\n", File.ReadAllText(temp.Combine("out", "site-content", "articles", "2015", "06", "letters.md")), StringComparison.Ordinal);
        ImportCases.Build(temp);
    }
}
