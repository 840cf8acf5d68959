using Broadsheet.Diagnostics;
using Broadsheet.Load;
using Broadsheet.Model;
using Broadsheet.Tests.TestSupport;
using Xunit;

namespace Broadsheet.Tests.Model;

public sealed class ArticleValidatorTests
{
    private const string Path = "site-content/articles/2014/10/lessons-1917.md";

    private static readonly Issue Issue = Models.Issue("2014-10-29", 1);
    private static readonly Topic Russia = Models.Topic("russia", "Russia");
    private static readonly Topic HistoricEvents = Models.Topic("historic-events", "Historic events");
    private static readonly Author Clare = new("clare-doyle", "Clare Doyle", "Writes on history.");

    private readonly DiagnosticBag _bag = new();

    private Article? Validate(params string[] yamlLines)
    {
        var references = new References(
            new Dictionary<string, Issue> { [Issue.Id] = Issue },
            new Dictionary<string, Section> { ["news"] = Models.News, ["history"] = Models.History },
            new Dictionary<string, Topic> { [Russia.Id] = Russia, [HistoricEvents.Id] = HistoricEvents },
            new Dictionary<string, Author> { [Clare.Id] = Clare },
            new HashSet<string>(["images/moscow-1920.jpg", "audio/a.mp3", "audio/a.m4a", "audio/a.ogg", "audio/a.opus", "audio/a.wav"], StringComparer.Ordinal));
        references = references with
        {
            ArticlePaths = new HashSet<string>(["articles/2014/10/lessons-1917.md", "articles/2014/10/letters.md", "articles/2014/11/the-soviets.md"], StringComparer.Ordinal),
        };
        var file = Sources.Lines("articles/2014/10/lessons-1917.md", ["---", .. yamlLines, "---", "Body line one.", "Body line two."]);
        return new ArticleValidator(references, _bag).Validate(ParsedSource.Parse(file));
    }

    [Fact]
    public void Position_is_a_place_from_1_in_the_issue_and_ignored_with_a_warning_without_one()
    {
        Assert.Equal(2, Validate("title: x", "issue: 2014-10-29", "section: history", "position: 2")?.Position);
        Assert.Null(Validate("title: x", "issue: 2014-10-29", "section: history", "position: 0"));
        Assert.Contains(_bag.Sorted(), d => d.Severity == Severity.Error && d.Message.Contains("from 1; 0 is not", StringComparison.Ordinal));

        Validate("title: x", "date: 2014-10-29", "position: 4");
        Assert.Contains(_bag.Sorted(), d => d.Severity == Severity.Warning && d.Message.Contains("has no 'issue'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("audio/a.mp3", "audio/mpeg", "MP3")]
    [InlineData("audio/a.m4a", "audio/mp4", "M4A")]
    [InlineData("audio/a.ogg", "audio/ogg", "Ogg")]
    [InlineData("/static/audio/a.opus", "audio/ogg; codecs=opus", "Opus")]
    public void Audio_in_a_format_browsers_play_is_given_its_media_type(string written, string mediaType, string format)
    {
        var audio = Validate("title: x", "date: 2014-10-29", $"audio: {written}")?.Audio;

        Assert.Empty(_bag.Sorted());
        Assert.Equal(mediaType, audio?.MediaType);
        Assert.Equal(format, audio?.Format);
        Assert.Equal(new SourceLocation("site-content/articles/2014/10/lessons-1917.md", 4, 8), audio?.Location);
    }

    [Fact]
    public void Audio_in_another_format_is_an_error_at_its_value_even_when_the_file_exists()
    {
        Assert.Null(Validate("title: x", "date: 2014-10-29", "audio: audio/a.wav"));

        var error = Assert.Single(_bag.Sorted());
        Assert.Equal(new SourceLocation("site-content/articles/2014/10/lessons-1917.md", 4, 8), error.Location);
        Assert.Contains("not an audio format browsers play", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Related_names_articles_by_their_md_path_from_the_articles_folder_and_links_elsewhere_by_title_and_url()
    {
        var article = Validate(
            "title: x",
            "date: 2014-10-29",
            "related:",
            "  - ../11/the-soviets.md",
            "  - {title: Reading list, url: 'https://example.org/list'}",
            "  - /articles/2014/10/letters.md",
            "  - letters.md");

        Assert.Empty(_bag.Sorted());
        Assert.Equal(
            ["articles/2014/11/the-soviets.md", "https://example.org/list", "articles/2014/10/letters.md"],
            article!.Related.Select(r => r.SourcePath ?? r.Url));
        Assert.Equal(new SourceLocation("site-content/articles/2014/10/lessons-1917.md", 6, 5), article.Related[1].Location);
    }

    [Fact]
    public void A_related_path_to_no_article_suggests_the_nearest_as_the_writer_would_write_it()
    {
        Assert.Null(Validate("title: x", "date: 2014-10-29", "related: [../11/the-soviet.md]"));

        var error = Assert.Single(_bag.Sorted());
        Assert.Equal(new SourceLocation("site-content/articles/2014/10/lessons-1917.md", 4, 11), error.Location);
        Assert.EndsWith("which is not an article; did you mean '../11/the-soviets.md'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_complete_article_is_validated_with_its_references_resolved()
    {
        var article = Validate(
            "title: \"Lessons from history: 1917\"",
            "subtitle: Revolution in Russia",
            "authors: [Clare Doyle, Rob Jones]",
            "issue: 2014-10-29",
            "section: history",
            "topics: [historic-events, russia, russia]",
            "image: images/moscow-1920.jpg",
            "image_alt: Lenin addressing a crowd",
            "aliases: [/archive/19456/old-url]");

        Assert.Empty(_bag.Sorted());
        Assert.NotNull(article);
        Assert.Equal("Lessons from history: 1917", article.Title);
        Assert.Equal([Clare, new Author("rob-jones", "Rob Jones", null)], article.Authors);
        Assert.Same(Issue, article.Issue);
        Assert.Equal(Models.History, article.Section);
        Assert.Equal([HistoricEvents, Russia], article.Topics);
        Assert.Equal(("images/moscow-1920.jpg", "Lenin addressing a crowd", (string?)null), (article.Image!.Path, article.Image.Alt, article.Image.Caption));
        Assert.Equal(8, article.Image.Location.Line);
        Assert.Equal(["/archive/19456/old-url"], article.Aliases.Select(a => a.Written));
        Assert.Equal(["archive/19456/old-url/index.html"], article.Aliases.Select(a => a.OutputPath));
        Assert.Equal("lessons-1917", article.Slug);
        Assert.False(article.Draft);
        Assert.Equal(new MarkdownText("Body line one.\nBody line two.\n", Path, 12, "articles/2014/10/lessons-1917.md"), article.Body);
    }

    [Fact]
    public void The_date_defaults_to_the_issue_date()
    {
        var article = Validate("title: x", "issue: 2014-10-29", "section: news");

        Assert.Equal(new DateOnly(2014, 10, 29), article?.Date);
    }

    [Fact]
    public void An_explicit_date_wins_over_the_issue_date()
    {
        var article = Validate("title: x", "issue: 2014-10-29", "section: news", "date: 2014-10-31");

        Assert.Equal(new DateOnly(2014, 10, 31), article?.Date);
    }

    [Fact]
    public void A_web_only_article_with_a_date_has_no_issue()
    {
        var article = Validate("title: x", "date: 2015-01-02");

        Assert.NotNull(article);
        Assert.Null(article.Issue);
        Assert.Equal(new DateOnly(2015, 1, 2), article.Date);
    }

    [Fact]
    public void A_web_only_article_needs_a_date()
    {
        Assert.Null(Validate("title: x"));

        Assert.Equal(
            [$"{Path}:1:1: error: a web-only article (no 'issue') needs a 'date'; add 'date: YYYY-MM-DD'"],
            _bag.Printed());
    }

    [Fact]
    public void An_unknown_issue_is_an_error_at_its_value_with_a_did_you_mean()
    {
        Assert.Null(Validate("title: x", "issue: 2014-10-28", "section: news"));

        Assert.Equal([$"{Path}:3:8: error: unknown issue '2014-10-28'; did you mean '2014-10-29'?"], _bag.Printed());
    }

    [Fact]
    public void An_unknown_section_is_an_error_at_its_value_with_a_did_you_mean()
    {
        Assert.Null(Validate("title: x", "issue: 2014-10-29", "section: histroy"));

        Assert.Equal([$"{Path}:4:10: error: unknown section 'histroy'; did you mean 'history'?"], _bag.Printed());
    }

    [Fact]
    public void An_unrelated_section_says_where_sections_come_from()
    {
        Validate("title: x", "issue: 2014-10-29", "section: sport");

        Assert.Equal([$"{Path}:4:10: error: unknown section 'sport'; it must be one of the sections of site.yml"], _bag.Printed());
    }

    [Fact]
    public void An_unknown_topic_in_a_list_is_an_error_at_that_entry()
    {
        Assert.Null(Validate("title: x", "date: 2014-10-29", "topics: [russia, histroic-events, football]"));

        Assert.Equal(
            [
                $"{Path}:4:18: error: unknown topic 'histroic-events'; did you mean 'historic-events'?",
                $"{Path}:4:35: error: unknown topic 'football'; add topics/football.md to create it",
            ],
            _bag.Printed());
    }

    [Fact]
    public void An_article_in_an_issue_needs_a_section()
    {
        Assert.Null(Validate("title: x", "issue: 2014-10-29"));

        Assert.Equal(
            [$"{Path}:3:8: error: an article in an issue needs a 'section'; add 'section: ...' with an id from site.yml"],
            _bag.Printed());
    }

    [Fact]
    public void An_image_without_image_alt_is_an_error_at_the_image()
    {
        Assert.Null(Validate("title: x", "date: 2014-10-29", "image: images/moscow-1920.jpg"));

        Assert.Equal(
            [$"{Path}:4:8: error: an image needs 'image_alt': a short description for readers who cannot see it"],
            _bag.Printed());
    }

    [Theory]
    [InlineData("/images/moscow-1920.jpg")]
    [InlineData("static/images/moscow-1920.jpg")]
    public void An_image_may_be_written_from_the_root_or_with_static(string path)
    {
        var article = Validate("title: x", "date: 2014-10-29", $"image: {path}", "image_alt: Lenin");

        Assert.Equal("images/moscow-1920.jpg", article?.Image?.Path);
    }

    [Fact]
    public void An_image_that_is_not_under_static_is_an_error_with_a_did_you_mean()
    {
        Validate("title: x", "date: 2014-10-29", "image: images/moscow-1902.jpg", "image_alt: Lenin");

        Assert.Equal(
            [$"{Path}:4:8: error: 'image' names 'images/moscow-1902.jpg', which is not a file under static/; did you mean 'images/moscow-1920.jpg'?"],
            _bag.Printed());
    }

    [Fact]
    public void A_slug_that_is_not_a_valid_id_is_an_error_suggesting_one()
    {
        Assert.Null(Validate("title: x", "date: 2014-10-29", "slug: Lessons 1917"));

        Assert.Equal(
            [$"{Path}:4:7: error: slug 'Lessons 1917' must be lowercase letters, digits and hyphens, like 'lessons-1917'"],
            _bag.Printed());
    }

    [Fact]
    public void A_valid_slug_replaces_the_file_name()
    {
        Assert.Equal("russia-1917", Validate("title: x", "date: 2014-10-29", "slug: russia-1917")?.Slug);
    }

    [Fact]
    public void A_misspelt_key_is_a_warning_and_the_article_is_still_built()
    {
        var article = Validate("title: x", "date: 2014-10-29", "subtitel: y");

        Assert.NotNull(article);
        Assert.Null(article.Subtitle);
        Assert.Equal([$"{Path}:4:1: warning: unknown key 'subtitel' is ignored; did you mean 'subtitle'?"], _bag.Printed());
    }

    [Fact]
    public void A_draft_is_marked_as_one()
    {
        Assert.True(Validate("title: x", "date: 2014-10-29", "draft: true")?.Draft);
    }
}
