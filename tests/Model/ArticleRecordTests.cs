using Broadsheet.Common;
using Broadsheet.Diagnostics;
using Broadsheet.Load;
using Broadsheet.Model;
using Broadsheet.Tests.TestSupport;
using Xunit;

namespace Broadsheet.Tests.Model;

/// <summary>
/// An article validated without a word to say is kept as a record with its parse, and restored from it on the next build:
/// the same article, with what it names looked up again, or validated afresh when something it names is gone.
/// </summary>
public sealed class ArticleRecordTests
{
    private const string SitePath = "articles/2014/10/lessons-1917.md";

    private static readonly Issue Issue = Models.Issue("2014-10-29", 1);
    private static readonly Topic Russia = Models.Topic("russia", "Russia");
    private static readonly Author Clare = new("clare-doyle", "Clare Doyle", "Writes on history.");

    private static readonly string[] Complete =
    [
        "title: \"Lessons from history: 1917\"",
        "subtitle: Revolution in Russia",
        "authors: [Clare Doyle, Rob Jones]",
        "issue: 2014-10-29",
        "section: history",
        "position: 2",
        "topics: [russia]",
        "image: images/moscow-1920.jpg",
        "image_alt: Lenin addressing a crowd",
        "image_caption: Moscow, 1920 -- a crowd",
        "summary: What the year's \"lessons\" were.",
        "audio: audio/lessons.mp3",
        "aliases: [/archive/19456/old-url]",
        "related:",
        "  - ../11/the-soviets.md",
        "  - {title: Reading list, url: 'https://example.org/list'}",
    ];

    private readonly DiagnosticBag _bag = new();

    [Fact]
    public void A_clean_article_is_restored_as_the_same_record_without_being_validated_again()
    {
        var (validated, record) = ValidateFresh(Complete);
        Assert.Empty(_bag.Sorted());

        var validator = new ArticleValidator(References(), _bag);
        var restored = validator.Validate(Kept(Complete, record));

        Assert.Empty(validator.Checked);
        Assert.Empty(_bag.Sorted());
        Assert.Equal(Print(validated!), Print(restored!));
        Assert.Same(Issue, restored!.Issue);
        Assert.Same(Clare, restored.Authors[0]);
        Assert.Equal(new SourceLocation("site-content/" + SitePath, 9, 8), restored.Image!.Location);
    }

    [Fact]
    public void A_restored_article_takes_what_it_names_as_it_is_now()
    {
        var (_, record) = ValidateFresh("title: x", "authors: [Rob Jones]", "issue: 2014-10-29", "section: history", "topics: [russia]");
        var later = Models.Issue("2014-10-29", 1, "Issue one, retitled") with { Date = new DateOnly(2014, 10, 30) };
        var rob = new Author("rob-jones", "Rob Jones", "Now has a page of his own.");
        var references = References() with
        {
            Issues = new Dictionary<string, Issue> { [later.Id] = later },
            Authors = new Dictionary<string, Author> { [rob.Id] = rob },
        };

        var restored = new ArticleValidator(references, _bag).Validate(Kept(["title: x"], record));

        Assert.Same(later, restored!.Issue);
        Assert.Equal(later.Date, restored.Date);
        Assert.Same(rob, Assert.Single(restored.Authors));
    }

    [Theory]
    [InlineData("issue", "unknown issue '2014-10-29'")]
    [InlineData("topic", "unknown topic 'russia'")]
    [InlineData("image", "'image' names 'images/moscow-1920.jpg', which is not a file under static/")]
    [InlineData("related", "'../11/the-soviets.md' in 'related' leads to articles/2014/11/the-soviets.md, which is not an article")]
    public void An_article_naming_what_is_gone_is_validated_again_and_its_error_told(string gone, string error)
    {
        var (_, record) = ValidateFresh(Complete);
        var references = References();
        references = gone switch
        {
            "issue" => references with { Issues = new Dictionary<string, Issue>() },
            "topic" => references with { Topics = new Dictionary<string, Topic>() },
            "image" => references with { StaticFiles = new HashSet<string>(["audio/lessons.mp3"], StringComparer.Ordinal) },
            _ => references with { ArticlePaths = new HashSet<string>([SitePath], StringComparer.Ordinal) },
        };
        var validator = new ArticleValidator(references, _bag);

        Assert.Null(validator.Validate(Kept(Complete, record)));

        Assert.Contains(_bag.Sorted(), d => d.Severity == Severity.Error && d.Message.StartsWith(error, StringComparison.Ordinal));
        Assert.Null(validator.Checked[SitePath]);
    }

    [Fact]
    public void An_article_with_a_warning_is_not_kept_so_the_warning_is_told_on_every_build()
    {
        var (article, record) = ValidateFresh("title: x", "date: 2014-10-29", "subtitel: y");

        Assert.NotNull(article);
        Assert.Null(record);
        Assert.Contains(_bag.Sorted(), d => d.Severity == Severity.Warning && d.Message.StartsWith("unknown key 'subtitel'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_damaged_record_is_passed_over_and_the_article_validated_from_its_front_matter()
    {
        var (validated, record) = ValidateFresh(Complete);
        var validator = new ArticleValidator(References(), _bag);

        var article = validator.Validate(Kept(Complete, record![..^3]));

        Assert.Equal(Print(validated!), Print(article!));
        Assert.NotNull(validator.Checked[SitePath]);
    }

    private (Article? Article, byte[]? Record) ValidateFresh(params string[] yamlLines)
    {
        var validator = new ArticleValidator(References(), _bag);
        var article = validator.Validate(ParsedSource.Parse(File(yamlLines)));
        return (article, validator.Checked[SitePath]);
    }

    /// <summary>The file as a later build loads it: its parse, and the record, from the cache.</summary>
    private static ParsedSource Kept(string[] yamlLines, byte[]? record)
    {
        var parsed = ParsedSource.Parse(File(yamlLines));
        var entry = SourceCacheEntry.FromBytes(new FileStamp(1, 2), FrontMatterBytes.Of(parsed.FrontMatter!), parsed.Body, record);
        return ParsedSource.Kept(parsed.DisplayPath, parsed.SitePath, entry, parsed.ReadBody);
    }

    private static SourceFile File(string[] yamlLines) => Sources.Lines(SitePath, ["---", .. yamlLines, "---", "Body line one.", "Body line two."]);

    private static References References() =>
        new(
            new Dictionary<string, Issue> { [Issue.Id] = Issue },
            new Dictionary<string, Section> { ["news"] = Models.News, ["history"] = Models.History },
            new Dictionary<string, Topic> { [Russia.Id] = Russia },
            new Dictionary<string, Author> { [Clare.Id] = Clare },
            new HashSet<string>(["images/moscow-1920.jpg", "audio/lessons.mp3"], StringComparer.Ordinal))
        {
            ArticlePaths = new HashSet<string>([SitePath, "articles/2014/11/the-soviets.md"], StringComparer.Ordinal),
        };

    /// <summary>Every value of the article, as the model's fingerprint walks it.</summary>
    private static string Print(Article article) => new Fingerprint(MarkdownMode.Place).AddView(article).Hex();
}
