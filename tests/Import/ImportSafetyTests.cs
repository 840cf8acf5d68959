using Broadsheet.Import;

namespace Broadsheet.Tests.Import;

/// <summary>An import is safe to run again, refuses hostile input, and writes nothing outside its folder.</summary>
public sealed class ImportSafetyTests
{
    private static ImportOptions Options() => ImportCases.Options("wordpress", ImportCases.Input("wordpress", "export.xml")) with
    {
        Uploads = ImportCases.Input("wordpress", "uploads"),
    };

    [Fact]
    public void The_same_input_twice_gives_byte_identical_files_and_rewrites_none()
    {
        using var temp = new TempFolder();
        ImportCases.Import(temp, Options());
        var first = temp.Snapshot("out");
        var times = Directory.EnumerateFiles(temp.Combine("out", "site-content"), "*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc);

        var again = ImportCases.Import(temp, Options());

        Assert.Equal(first, temp.Snapshot("out"));
        Assert.Equal((0, 0, 0), (again.Created, again.Updated, again.Kept));
        Assert.All(times, t => Assert.Equal(t.Value, File.GetLastWriteTimeUtc(t.Key)));
    }

    [Fact]
    public void A_file_edited_since_the_last_import_is_kept_unless_forced()
    {
        using var temp = new TempFolder();
        ImportCases.Import(temp, Options());
        var article = temp.Combine("out", "site-content", "articles", "2015", "06", "letters.md");
        File.WriteAllText(article, "---\ntitle: Letters, edited by hand\ndate: 2015-06-03\n---\nMine.\n");

        var kept = ImportCases.Import(temp, Options());
        Assert.Equal(1, kept.Kept);
        Assert.Contains("edited by hand", File.ReadAllText(article), StringComparison.Ordinal);
        Assert.Contains(kept.Log.Warnings, w => w.Subject == "articles/2015/06/letters.md" && w.Message.Contains("--force", StringComparison.Ordinal));

        var forced = ImportCases.Import(temp, Options() with { Force = true });
        Assert.Equal(1, forced.Updated);
        Assert.DoesNotContain("edited by hand", File.ReadAllText(article), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_the_import_wrote_and_nobody_edited_is_updated_when_the_input_changes()
    {
        using var temp = new TempFolder();
        var export = temp.Write("export.xml", File.ReadAllText(ImportCases.Input("wordpress", "export.xml")));
        ImportCases.Import(temp, Options() with { Input = export });
        File.WriteAllText(export, File.ReadAllText(export).Replace("Your letters on the pay claim.", "Your letters on the new pay claim.", StringComparison.Ordinal));

        var outcome = ImportCases.Import(temp, Options() with { Input = export });

        Assert.Equal((1, 0), (outcome.Updated, outcome.Kept));
        Assert.Contains("new pay claim", File.ReadAllText(temp.Combine("out", "site-content", "articles", "2015", "06", "letters.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_dry_run_writes_nothing_and_tells_what_it_would_write()
    {
        using var temp = new TempFolder();
        var told = new List<string>();

        var outcome = ArchiveImporter.Run(Options() with { Into = temp.Combine("out", "site-content"), DryRun = true }, NoProgress.Instance, (verb, path) => told.Add($"{verb} {path}"));

        Assert.False(Directory.Exists(temp.Combine("out")));
        Assert.Contains("create articles/2014/10/lessons-from-history-1917.md", told);
        Assert.Contains("create static/uploads/2014/10/moscow-1920.jpg", told);
        Assert.Equal(23, outcome.Created);
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>\n<rss><channel><title>&lol2;</title></channel></rss>")]
    [InlineData("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<rss><channel><title>&xxe;</title></channel></rss>")]
    public void A_dtd_is_refused_with_its_position(string xml)
    {
        using var temp = new TempFolder();
        var export = temp.Write("hostile.xml", xml);

        var error = Assert.Throws<ImportFailedException>(() => ImportCases.Import(temp, Options() with { Input = export, Uploads = null }));

        Assert.True(error.Describe().Contains("hostile.xml:2:", StringComparison.Ordinal) && error.Describe().Contains(": error: the export holds a DTD", StringComparison.Ordinal), error.Describe());
        Assert.False(Directory.Exists(temp.Combine("out", "site-content", "articles")));
    }

    [Fact]
    public void Xml_that_is_not_well_formed_is_an_error_at_its_line()
    {
        using var temp = new TempFolder();
        var export = temp.Write("broken.xml", "<rss><channel>\n<item><title>One</item>\n</channel></rss>");

        var error = Assert.Throws<ImportFailedException>(() => ImportCases.Import(temp, Options() with { Input = export, Uploads = null }));

        Assert.Matches(@"broken\.xml:2:\d+: error: the export is not well-formed XML", error.Describe());
    }

    [Fact]
    public void A_file_over_the_size_limit_is_an_error()
    {
        using var temp = new TempFolder();

        var error = Assert.Throws<ImportFailedException>(() => ImportCases.Import(temp, Options() with { MaxFileBytes = 1000 }));

        Assert.Contains("over the limit of 1,000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_upload_path_that_climbs_out_is_not_followed()
    {
        Assert.Null(Broadsheet.Import.Wordpress.UploadsFolder.RelativePathOf("https://x.example/wp-content/uploads/../../etc/passwd"));
        Assert.Null(Broadsheet.Import.Wordpress.UploadsFolder.RelativePathOf("https://x.example/wp-content/uploads/2014/%2e%2e/%2e%2e/secret"));
        Assert.Equal("2014/10/a.jpg", Broadsheet.Import.Wordpress.UploadsFolder.RelativePathOf("https://x.example/wp-content/uploads/2014/10/a.jpg"));
    }

    [Fact]
    public void The_writer_refuses_a_path_outside_its_folder()
    {
        using var temp = new TempFolder();
        var writer = new Broadsheet.Import.Writing.ImportWriter(temp.Combine("inside"), dryRun: false, force: false, new ImportLog());

        Assert.Throws<ImportFailedException>(() => writer.WriteText("../outside.md", "x"));
        Assert.Throws<ImportFailedException>(() => writer.WriteText("articles/../../outside.md", "x"));
        Assert.False(File.Exists(temp.Combine("outside.md")));
    }

    [Fact]
    public void The_writer_refuses_to_write_through_a_symbolic_link()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.Combine("elsewhere"));
        Directory.CreateDirectory(temp.Combine("inside"));
        Directory.CreateSymbolicLink(temp.Combine("inside", "articles"), temp.Combine("elsewhere"));
        var writer = new Broadsheet.Import.Writing.ImportWriter(temp.Combine("inside"), dryRun: false, force: false, new ImportLog());

        Assert.Throws<ImportFailedException>(() => writer.WriteText("articles/x.md", "x"));
        Assert.Empty(Directory.GetFiles(temp.Combine("elsewhere")));
    }
}
