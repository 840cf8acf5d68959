using Broadsheet.Cache;
using Broadsheet.Diagnostics;
using Broadsheet.Load;
using Broadsheet.Model;
using Broadsheet.Tests.TestSupport;
using Xunit;

namespace Broadsheet.Tests.Cache;

/// <summary>
/// A model's shape must change with anything a page can show but its prose, and only its prose may change without it:
/// a page is kept unseen on the strength of that.
/// </summary>
public sealed class ModelProseTests
{
    private static readonly string[] Article =
        ["---", "title: The strike", "issue: 2014-10-29", "section: news", "topics: [miners]", "---", "The pits stopped.", "", "A second paragraph."];

    [Fact]
    public void An_edited_body_keeps_the_shape_and_is_the_one_text_changed()
    {
        var before = Prose();
        var after = Prose(article: Edit(Article, "A second paragraph.", "A second paragraph, longer now."));

        Assert.True(after.SameShapeAs(before));
        Assert.Equal(["articles/2014/10/strike.md"], after.ChangedSince(before)!);
    }

    [Fact]
    public void A_model_loaded_from_another_working_folder_has_the_same_shape_and_prose()
    {
        // Display paths (the body's, the article's, where an alias was written) are for messages; no page shows them.
        string[] article = ["---", "title: The strike", "issue: 2014-10-29", "section: news", "aliases: [/1984/strike.html]", "---", "The pits stopped."];
        var here = Model(article);
        var there = Model(article, shownUnder: "../archive/site-content/");

        Assert.NotEqual(here.Articles[0].DisplayPath, there.Articles[0].DisplayPath);
        Assert.True(Of(there).SameShapeAs(Of(here)));
        Assert.Empty(Of(there).ChangedSince(Of(here))!);
    }

    [Fact]
    public void An_edited_issue_note_or_topic_introduction_keeps_the_shape_and_is_named()
    {
        var before = Prose();

        Assert.Equal(["issues/2014-10-29.md"], Prose(issueNote: "A different note.").ChangedSince(before)!);
        Assert.Equal(["topics/miners.md"], Prose(topicIntroduction: "A different introduction.").ChangedSince(before)!);
    }

    [Theory]
    [InlineData("title: The strike", "title: The long strike")]
    [InlineData("topics: [miners]", "topics: [miners, dockers]")]
    [InlineData("section: news", "section: history")]
    public void A_changed_front_matter_value_changes_the_shape(string from, string to)
    {
        Assert.False(Prose(article: Edit(Article, from, to)).SameShapeAs(Prose()));
    }

    [Fact]
    public void What_an_article_names_by_id_changes_the_shape_through_the_model_lists()
    {
        var before = Prose();

        Assert.False(Prose(issueTitle: "Issue 1, reprinted").SameShapeAs(before));
        Assert.False(Prose(topicTitle: "Coal miners").SameShapeAs(before));
    }

    [Fact]
    public void A_body_that_becomes_empty_changes_the_shape()
    {
        var emptied = Article.Take(6).ToArray();

        Assert.False(Prose(article: emptied).SameShapeAs(Prose()));
    }

    [Fact]
    public void Without_a_model_there_is_no_shape_to_share()
    {
        Assert.False(ModelProse.None.SameShapeAs(ModelProse.None));
        Assert.Null(Prose().ChangedSince(ModelProse.None));
    }

    [Fact]
    public void An_article_whose_file_kept_its_stamp_takes_the_fingerprint_the_last_build_gave_it()
    {
        var model = Model();
        var stamps = Stamps(model, new FileStamp(120, 7));
        var first = Of(model, stamps: stamps);
        var path = model.Articles[0].Body.Source;
        var taken = first with { Articles = new Dictionary<string, ArticlePrint> { [path] = new(new FileStamp(120, 7), "a fingerprint from before") } };

        Assert.Equal(new FileStamp(120, 7), first.Articles[path].Stamp);
        Assert.False(Of(model, taken, stamps).SameShapeAs(first));
        Assert.True(Of(model, taken, Stamps(model, new FileStamp(121, 7))).SameShapeAs(first));
        Assert.True(Of(model, taken with { Context = "another site" }, stamps).SameShapeAs(first));
    }

    [Fact]
    public void Taking_the_last_builds_fingerprints_gives_what_walking_the_model_gives()
    {
        var model = Model();
        var stamps = Stamps(model, new FileStamp(120, 7));
        var walked = Of(model, stamps: stamps);
        var taken = Of(model, walked, stamps);

        Assert.Equal(walked.Shape, taken.Shape);
        Assert.Equal(walked.Hashes.OrderBy(h => h.Key), taken.Hashes.OrderBy(h => h.Key));
        Assert.Equal(walked.Articles.Keys, taken.Articles.Keys);
    }

    [Fact]
    public void An_article_whose_parse_was_not_kept_is_walked_and_not_remembered()
    {
        var model = Model();

        Assert.Empty(Of(model).Articles);
    }

    private static Dictionary<string, SourceCacheEntry> Stamps(ArchiveModel model, FileStamp stamp) =>
        model.Articles.ToDictionary(a => a.SourcePath, a => new SourceCacheEntry(stamp, new FrontMatterMapping([], 1, 1), default));

    private static ModelProse Of(ArchiveModel model, ModelProse? before = null, IReadOnlyDictionary<string, SourceCacheEntry>? stamps = null) =>
        ModelProse.Of(model, EpubFingerprints.StaticFiles(model.StaticFiles), before, stamps);

    private static ModelProse Prose(
        string[]? article = null,
        string issueTitle = "Issue 1",
        string issueNote = "The week the pits stopped.",
        string topicTitle = "Miners",
        string topicIntroduction = "Coal and the communities it built.") =>
        Of(Model(article, issueTitle, issueNote, topicTitle, topicIntroduction));

    /// <param name="shownUnder">Where messages name the source folder, as a build run from another folder would.</param>
    private static ArchiveModel Model(
        string[]? article = null,
        string issueTitle = "Issue 1",
        string issueNote = "The week the pits stopped.",
        string topicTitle = "Miners",
        string topicIntroduction = "Coal and the communities it built.",
        string shownUnder = "site-content/")
    {
        SourceFile Lines(string sitePath, params string[] lines) => Sources.LinesUnder(shownUnder, sitePath, lines);
        var site = Lines("site.yml", "title: The Weekly", "sections:", "  - id: news", "    title: News", "  - id: history", "    title: History");
        var issue = Lines("issues/2014-10-29.md", "---", $"title: {issueTitle}", "date: 2014-10-29", "number: 1", "---", issueNote);
        var topics = new[]
        {
            Lines("topics/miners.md", "---", $"title: {topicTitle}", "---", topicIntroduction),
            Lines("topics/dockers.md", "---", "title: Dockers", "---"),
        };
        var articles = new[] { Lines("articles/2014/10/strike.md", article ?? Article) };
        var diagnostics = new DiagnosticBag();
        var model = new ArchiveModelBuilder(diagnostics, includeDrafts: false).Build(new SourceSet(site, [ParsedSource.Parse(issue)], topics.Select(ParsedSource.Parse).ToList(), [], articles.Select(ParsedSource.Parse).ToList(), []));
        Assert.DoesNotContain(diagnostics.Sorted(), d => d.Severity == Severity.Error);
        return model!;
    }

    private static string[] Edit(string[] lines, string from, string to) => lines.Select(l => l == from ? to : l).ToArray();
}
