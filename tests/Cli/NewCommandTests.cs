using AngleSharp.Html.Parser;

namespace Broadsheet.Tests.Cli;

/// <summary>
/// <c>broadsheet new</c> through the real program: files with valid front matter under slugified names, every id checked
/// against the archive with a suggestion, nothing ever overwritten, and what it makes builds at once.
/// </summary>
[Trait("Category", Category.Slow)]
public sealed class NewCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public NewCommandTests() =>
        TempFolder.CopyFolder(Path.Combine(RepoPaths.Tests, "Golden", "small-archive", "site-content"), _temp.Combine("site-content"));

    [Fact]
    public void New_article_is_filed_under_its_issues_month_with_front_matter_that_builds_into_its_page()
    {
        const string title = "Strike: \"all out\" — the TUC's #1 call";
        var result = Broadsheet("new", "article", title, "--issue", "1926-05-12", "--section", "news", "--topics", "general-strike,printers", "--author", "Ada Price");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("created site-content/articles/1926/05/strike-all-out-the-tucs-1-call.md\n", result.Stdout);
        Assert.Equal(
            "---\n"
            + "title: \"Strike: \\\"all out\\\" — the TUC's #1 call\"\n"
            + "authors: [\"Ada Price\"]\n"
            + "issue: 1926-05-12\n"
            + "section: news\n"
            + "topics: [general-strike, printers]\n"
            + "---\n"
            + "<!-- Write the article here in Markdown. Its first paragraph is its summary in lists of articles. -->\n",
            File.ReadAllText(_temp.Combine("site-content/articles/1926/05/strike-all-out-the-tucs-1-call.md")));

        Assert.Equal(0, Broadsheet("build").ExitCode);
        var page = new HtmlParser().ParseDocument(File.ReadAllText(_temp.Combine("output/articles/1926/05/strike-all-out-the-tucs-1-call.html")));
        // The title is kept as typed in the file, and typeset on the page.
        Assert.Equal("Strike: \u201Call out\u201D \u2014 the TUC\u2019s #1 call", page.QuerySelector("h1")!.TextContent);
    }

    [Theory]
    [InlineData("error: unknown issue '1926-05-13'; did you mean '1926-05-12'?\n", "--issue", "1926-05-13", "--section", "news")]
    [InlineData("error: unknown section 'nws'; did you mean 'news'?\n", "--issue", "1926-05-12", "--section", "nws")]
    [InlineData("error: unknown topic 'printer'; did you mean 'printers'?\n", "--issue", "1926-05-12", "--section", "news", "--topics", "general-strike,printer")]
    [InlineData("error: an article in an issue needs --section: one of news, history, editorial\n", "--issue", "1926-05-12")]
    [InlineData("error: give --issue ID and --section ID, or --date YYYY-MM-DD for a web-only article\n")]
    [InlineData("error: '12 May 1926' is not a date; write it as YYYY-MM-DD, e.g. 2025-11-05\n", "--date", "12 May 1926")]
    public void A_wrong_id_or_value_exits_2_with_the_nearest_one_and_writes_nothing(string expected, params string[] options)
    {
        var before = _temp.Snapshot();

        var result = Broadsheet(["new", "article", "A title", .. options]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(expected, result.Stderr);
        Assert.Equal(before.Keys, _temp.Snapshot().Keys);
    }

    [Fact]
    public void An_existing_file_is_never_overwritten()
    {
        var path = _temp.Combine("site-content/articles/1926/05/editorial.md");
        var before = File.ReadAllText(path);

        var result = Broadsheet("new", "article", "Editorial", "--issue", "1926-05-12", "--section", "editorial", "--slug", "editorial");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("error: site-content/articles/1926/05/editorial.md already exists; nothing was written (broadsheet new never overwrites a file)\n", result.Stderr);
        Assert.Equal(before, File.ReadAllText(path));
    }

    [Fact]
    public void A_web_only_draft_with_its_own_slug_and_date()
    {
        var result = Broadsheet("new", "article", "Online only", "--date", "1926-06-02", "--slug", "online", "--draft");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            "---\ntitle: \"Online only\"\ndate: 1926-06-02\ndraft: true\n---\n",
            File.ReadAllText(_temp.Combine("site-content/articles/1926/06/online.md")).Split("<!--")[0]);
        Assert.Equal(0, Broadsheet("build", "--drafts").ExitCode);
        Assert.True(File.Exists(_temp.Combine("output/articles/1926/06/online.html")));
    }

    [Fact]
    public void An_author_close_to_a_known_one_gets_a_note_but_is_written_as_given()
    {
        var result = Broadsheet("new", "article", "Docks", "--issue", "1926-05-12", "--section", "news", "--author", "Ada Pryce");

        Assert.Equal(0, result.ExitCode);
        Assert.EndsWith("note: no article is by 'Ada Pryce' yet; did you mean 'Ada Price'?\n", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void New_issue_takes_the_next_number_and_a_title_in_the_sites_language()
    {
        var result = Broadsheet("new", "issue", "--date", "1926-05-19");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("created site-content/issues/1926-05-19.md\nnote: numbered 3, after issue 2 (1926-05-12); pass --number to choose another\n", result.Stdout);
        Assert.Equal("---\ntitle: \"Issue 3 — 19 May 1926\"\ndate: 1926-05-19\nnumber: 3\n---\n", File.ReadAllText(_temp.Combine("site-content/issues/1926-05-19.md")));
        Assert.Equal(0, Broadsheet("build").ExitCode);
    }

    [Fact]
    public void New_issue_is_titled_in_the_archives_own_language()
    {
        var siteYml = _temp.Combine("site-content/site.yml");
        File.WriteAllText(siteYml, File.ReadAllText(siteYml).Replace("language: en", "language: de", StringComparison.Ordinal));

        var result = Broadsheet("new", "issue", "--date", "1926-05-19");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("title: \"Ausgabe 3 — 19. Mai 1926\"\n", File.ReadAllText(_temp.Combine("site-content/issues/1926-05-19.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void New_issue_refuses_a_number_already_used()
    {
        var result = Broadsheet("new", "issue", "--date", "1926-05-19", "--number", "2");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: issue number 2 is already used by issue '1926-05-12'; pass another --number\n", result.Stderr);
    }

    [Fact]
    public void New_topic_checks_its_id_and_builds()
    {
        var wrong = Broadsheet("new", "topic", "Dock Work", "--title", "Dock work");
        var right = Broadsheet("new", "topic", "dock-work", "--title", "Dock work", "--description", "On the waterfront.");

        Assert.Equal(2, wrong.ExitCode);
        Assert.Equal("error: 'Dock Work' is not a valid topic id: use lowercase letters, digits and hyphens, e.g. 'dock-work'\n", wrong.Stderr);
        Assert.Equal(0, right.ExitCode);
        Assert.Equal("---\ntitle: \"Dock work\"\ndescription: \"On the waterfront.\"\n---\n", File.ReadAllText(_temp.Combine("site-content/topics/dock-work.md")));
        Assert.Equal(0, Broadsheet("build").ExitCode);
        Assert.True(File.Exists(_temp.Combine("output/topics/dock-work.html")));
    }

    [Fact]
    public void A_second_letters_page_in_a_month_is_named_by_its_issue_s_date_and_says_so()
    {
        var first = Broadsheet("new", "article", "Letters", "--issue", "1926-05-12", "--section", "news");
        var second = Broadsheet("new", "article", "Letters", "--issue", "1926-05-12", "--section", "news");
        var third = Broadsheet("new", "article", "Letters", "--issue", "1926-05-12", "--section", "news");

        Assert.Equal("created site-content/articles/1926/05/letters.md\n", first.Stdout);
        Assert.Equal(
            "created site-content/articles/1926/05/letters-1926-05-12.md\n"
            + "note: site-content/articles/1926/05/letters.md already exists, so this article is letters-1926-05-12.md; pass --slug to name it otherwise\n",
            second.Stdout);
        Assert.StartsWith("created site-content/articles/1926/05/letters-1926-05-12-2.md\n", third.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, Broadsheet("build", "--quiet").ExitCode);
        Assert.True(File.Exists(_temp.Combine("output/articles/1926/05/letters-1926-05-12.html")));
    }

    [Fact]
    public void With_the_day_in_article_path_the_second_column_of_a_month_keeps_its_slug_for_its_page()
    {
        File.AppendAllText(_temp.Combine("site-content/site.yml"), "article_path: \"articles/{year}/{month}/{day}/{slug}\"\n");
        Assert.Equal(0, Broadsheet("new", "issue", "--date", "1926-05-19").ExitCode);
        Broadsheet("new", "article", "Letters", "--issue", "1926-05-12", "--section", "news");

        var second = Broadsheet("new", "article", "Letters", "--issue", "1926-05-19", "--section", "news");

        Assert.Equal(
            "created site-content/articles/1926/05/letters-1926-05-19.md\n"
            + "note: site-content/articles/1926/05/letters.md already exists, so this article is letters-1926-05-19.md, "
            + "with 'slug: letters' for its page articles/1926/05/19/letters.html\n",
            second.Stdout);
        Assert.Contains("\nslug: letters\n", File.ReadAllText(_temp.Combine("site-content/articles/1926/05/letters-1926-05-19.md")), StringComparison.Ordinal);
        Assert.Equal(0, Broadsheet("build", "--quiet").ExitCode);
        Assert.True(File.Exists(_temp.Combine("output/articles/1926/05/12/letters.html")));
        Assert.True(File.Exists(_temp.Combine("output/articles/1926/05/19/letters.html")));
    }

    [Fact]
    public void New_author_writes_the_file_bylines_find_and_never_overwrites_it()
    {
        var article = Broadsheet("new", "article", "The compositors' chapel", "--issue", "1926-05-12", "--section", "news", "--author", "Jess Armitage");
        var made = Broadsheet("new", "author", "Jess Armitage", "--bio", "Compositor and chapel secretary.");
        var again = Broadsheet("new", "author", "Jess Armitage");

        Assert.True(article.ExitCode == 0, article.Stderr);
        Assert.True(made.ExitCode == 0, made.Stderr);
        Assert.Equal("---\nname: \"Jess Armitage\"\nbio: \"Compositor and chapel secretary.\"\n---\n", File.ReadAllText(_temp.Combine("site-content/authors/jess-armitage.md")));
        Assert.NotEqual(0, again.ExitCode);
        Assert.Contains("already exists", again.Stderr, StringComparison.Ordinal);
        var build = Broadsheet("build");
        Assert.True(build.ExitCode == 0, build.Stderr);
        Assert.Contains("Compositor and chapel secretary.", File.ReadAllText(_temp.Combine("output/authors/jess-armitage.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void New_site_makes_a_starter_archive_that_builds_and_checks_at_once_and_never_over_an_existing_one()
    {
        var result = Broadsheet("new", "site", "paper", "--title", "The Test Paper");
        var again = Broadsheet("new", "site", "paper");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("created paper/site-content/site.yml\n", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, again.ExitCode);
        Assert.Equal("error: paper already exists and is not empty; nothing was written (choose a new folder)\n", again.Stderr);

        var build = BroadsheetProcess.Run(_temp.Combine("paper"), "build");
        Assert.Equal(0, build.ExitCode);
        Assert.Equal("", build.Stderr);
        Assert.Equal(0, BroadsheetProcess.Run(_temp.Combine("paper"), "check").ExitCode);
        Assert.Contains("The Test Paper", File.ReadAllText(_temp.Combine("paper/output/index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void An_archive_that_cannot_be_read_is_reported_and_nothing_is_written()
    {
        File.Delete(_temp.Combine("site-content/site.yml"));

        var result = Broadsheet("new", "topic", "docks", "--title", "Docks");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            "site-content/site.yml:1:1: error: site.yml is missing; create it with the archive's title, language and sections\n"
            + "error: the archive in site-content cannot be read; fix the errors above first, nothing was written\n",
            result.Stderr);
        Assert.False(File.Exists(_temp.Combine("site-content/topics/docks.md")));
    }

    public void Dispose() => _temp.Dispose();

    private BroadsheetProcess.Result Broadsheet(params string[] args) => BroadsheetProcess.Run(_temp.Path, args);
}
