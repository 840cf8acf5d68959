using Broadsheet.Build;
using Broadsheet.Cache;
using Broadsheet.Diagnostics;
using Broadsheet.Load;
using Broadsheet.Tests.TestSupport;
using Xunit;

namespace Broadsheet.Tests.Cache;

/// <summary>
/// The source cache through real builds: an article whose file changed is read again, however little its stamp moved,
/// one changed just before a build is not trusted next time, and a cached article is reported exactly as a read one.
/// </summary>
public sealed class SourceCacheTests : IDisposable
{
    private const string Article = "articles/2014/10/lessons.md";
    private const string Page = "output/articles/2014/10/lessons.html";

    /// <summary>Long enough ago to be outside the racy window of any build.</summary>
    private static readonly DateTime Past = DateTime.UtcNow.AddHours(-1);

    private readonly TempFolder _temp = new();

    public SourceCacheTests()
    {
        Write("site.yml", "title: The Weekly\nsections:\n  - id: history\n    title: History\n");
        Write("issues/2014-10-29.md", "---\ntitle: Issue 1\ndate: 2014-10-29\nnumber: 1\n---\n");
        Write("topics/russia.md", "---\ntitle: Russia\n---\n");
        _temp.WriteBytes("site-content/static/images/moscow.jpg", TestImages.Jpeg(64, 48));
        Write(Article, ArticleText("Alpha"));
        Write("articles/2014/10/other.md", "---\ntitle: Other\nissue: 2014-10-29\nsection: history\n---\nOther body.\n");
    }

    public void Dispose() => _temp.Dispose();

    private string Source => _temp.Combine("site-content");

    private string CacheFolder => _temp.Combine(".broadsheet-cache");

    [Fact]
    public void An_article_is_kept_after_a_build_and_not_read_again_while_its_stamp_is_the_same()
    {
        Build();
        Assert.Contains(Article, Kept().Keys);

        // Same size, same time: the cache is trusted, as the inputs key trusts it (another file changed, so the build runs).
        Rewrite(Article, ArticleText("Bravo"), Past);
        Rewrite("articles/2014/10/other.md", "---\ntitle: Other\nissue: 2014-10-29\nsection: history\n---\nOther body!\n", Past.AddMinutes(1));
        Build();

        Assert.Contains("<h1>Alpha</h1>", Html(Page));
    }

    [Fact]
    public void An_article_edited_to_the_same_size_is_read_again_when_its_time_changed()
    {
        Build();
        Rewrite(Article, ArticleText("Bravo"), Past.AddTicks(1));

        Build();

        Assert.Contains("<h1>Bravo</h1>", Html(Page));
        Assert.Equal(Past.AddTicks(1).Ticks, Kept()[Article].Stamp.WriteTicks);
    }

    [Fact]
    public void An_article_changed_just_before_a_build_is_not_kept_so_an_edit_that_keeps_its_stamp_is_still_seen()
    {
        var now = DateTime.UtcNow;
        Rewrite(Article, ArticleText("Alpha"), now);
        Build();
        Assert.DoesNotContain(Article, Kept().Keys);
        Assert.Contains("articles/2014/10/other.md", Kept().Keys);

        // Saved again within the file system's time granularity: the same size and the same time.
        Rewrite(Article, ArticleText("Bravo"), now);
        Rewrite("articles/2014/10/other.md", "---\ntitle: Other\nissue: 2014-10-29\nsection: history\n---\nOther body!\n", Past.AddMinutes(1));
        Build();

        Assert.Contains("<h1>Bravo</h1>", Html(Page));
    }

    [Fact]
    public void A_cached_article_reports_the_same_errors_and_warnings_as_one_read_from_its_file()
    {
        Rewrite(Article, ArticleText("Alpha", "image: images/moscow.jpg\nimage_alt: Moscow\nsubtitel: x\n"), Past);
        Build();
        Assert.Contains(Article, Kept().Keys);

        // The article is unchanged; what it names is gone.
        var cached = DiagnosticsOnceWhatItNamesIsGone();

        Assert.Contains(cached, d => d.Message.StartsWith("unknown topic 'russia'", StringComparison.Ordinal) && (d.Location.Line, d.Location.Column) == (8, 10));
        Assert.Contains(cached, d => d.Message.StartsWith("unknown key 'subtitel'", StringComparison.Ordinal));
        Assert.Contains(cached, d => d.Message.StartsWith("'image' names", StringComparison.Ordinal));
    }

    [Fact]
    public void A_clean_article_kept_validated_reports_the_same_errors_as_one_read_from_its_file_when_what_it_names_is_gone()
    {
        Rewrite(Article, ArticleText("Alpha", "image: images/moscow.jpg\nimage_alt: Moscow\n"), Past);
        Build();
        Assert.NotNull(Kept()[Article].Checked);

        var cached = DiagnosticsOnceWhatItNamesIsGone();

        Assert.Contains(cached, d => d.Message.StartsWith("unknown topic 'russia'", StringComparison.Ordinal) && d.Location.Path.EndsWith(Article, StringComparison.Ordinal));
        Assert.Contains(cached, d => d.Message.StartsWith("'image' names", StringComparison.Ordinal));
    }

    [Fact]
    public void A_clean_article_kept_validated_shows_its_issue_and_topic_as_they_are_now()
    {
        Build();
        Rewrite("issues/2014-10-29.md", "---\ntitle: The first issue\ndate: 2014-10-29\nnumber: 1\n---\n", Past.AddMinutes(1));
        Rewrite("topics/russia.md", "---\ntitle: Russia and the Soviet Union\n---\n", Past.AddMinutes(1));
        Build();
        var kept = Html(Page);
        new SiteBuild(new BuildOptions(Source: Source, Output: _temp.Combine("clean"), Cache: null)).Run();

        Assert.Contains("Russia and the Soviet Union", kept);
        Assert.Equal(Html("clean/articles/2014/10/lessons.html"), kept);
    }

    [Fact]
    public void An_article_whose_front_matter_cannot_be_parsed_is_never_kept()
    {
        Rewrite("articles/2014/10/bad.md", "---\ntitle: Bad\nsummary: one: two\n---\n", Past);
        Assert.Throws<BuildFailedException>(Build);
        File.Delete(Path.Combine(Source, "articles/2014/10/bad.md"));
        Build();

        Assert.DoesNotContain("articles/2014/10/bad.md", Kept().Keys);
        Assert.Contains(Article, Kept().Keys);
    }

    [Fact]
    public void A_damaged_cache_file_or_one_of_another_generator_or_source_folder_has_no_entries()
    {
        Build();
        var path = Path.Combine(CacheFolder, "sources.bin");
        var generator = BuildKeys.Generator();
        Assert.NotEmpty(SourceCacheFile.Read(path, generator, Source));

        Assert.Empty(SourceCacheFile.Read(path, "another generator", Source));
        Assert.Empty(SourceCacheFile.Read(path, generator, _temp.Combine("elsewhere")));
        var bytes = File.ReadAllBytes(path);
        bytes[bytes.Length / 2] ^= 1;
        File.WriteAllBytes(path, bytes);
        Assert.Empty(SourceCacheFile.Read(path, generator, Source));
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        Assert.Empty(SourceCacheFile.Read(path, generator, Source));
    }

    [Fact]
    public void An_edit_build_leaves_the_cache_file_that_still_serves_and_the_edited_article_is_read_again_each_time()
    {
        // 200 articles, an issue and a topic: the file the last build wrote may be left with 2 entries out of date.
        for (var i = 0; i < 198; i++)
        {
            Write($"articles/2014/10/more-{i:D3}.md", $"---\ntitle: More {i}\nissue: 2014-10-29\nsection: history\n---\nBody {i}.\n");
        }

        Build();
        var written = File.GetLastWriteTimeUtc(Path.Combine(CacheFolder, "sources.bin"));
        Assert.Equal(202, Kept().Count);

        Rewrite(Article, ArticleText("Bravo"), Past.AddMinutes(1));
        Build();
        Rewrite(Article, ArticleText("Charlie"), Past.AddMinutes(2));
        Build();

        Assert.Contains("<h1>Charlie</h1>", Html(Page));
        Assert.Equal(written, File.GetLastWriteTimeUtc(Path.Combine(CacheFolder, "sources.bin")));
        Assert.Equal(Past.Ticks, Kept()[Article].Stamp.WriteTicks);

        // Three articles changed since the file was written: it is written again.
        Rewrite("articles/2014/10/more-000.md", "---\ntitle: Changed\nissue: 2014-10-29\nsection: history\n---\nBody.\n", Past.AddMinutes(3));
        Rewrite("articles/2014/10/more-001.md", "---\ntitle: Changed too\nissue: 2014-10-29\nsection: history\n---\nBody.\n", Past.AddMinutes(3));
        Build();

        Assert.Equal(Past.AddMinutes(2).Ticks, Kept()[Article].Stamp.WriteTicks);
        Assert.Contains("<h1>Changed too</h1>", Html("output/articles/2014/10/more-001.html"));
    }

    [Fact]
    public void Front_matter_read_back_from_the_cache_file_is_the_front_matter_written()
    {
        var file = Sources.Lines(Article, "---", "title: \"null\"", "topics:", "  - russia", "  - [a, ~]", "image: {src: x.jpg}", "---", "Body.");
        var parsed = ParsedSource.Parse(file);
        var entry = new SourceCacheEntry(new FileStamp(10, 20), parsed.FrontMatter!, parsed.Body);
        var path = _temp.Combine("sources.bin");

        SourceCacheFile.Write(path, "g", Source, new Dictionary<string, SourceCacheEntry> { [Article] = entry });
        var back = SourceCacheFile.Read(path, "g", Source)[Article];

        Assert.Equal((entry.Stamp, entry.Body), (back.Stamp, back.Body));
        Assert.Equal(Printed(entry.FrontMatter), Printed(back.FrontMatter));
    }

    /// <summary>
    /// Deletes the topic, issue and photograph the article names, then builds with the cache and without it: the cached
    /// build's errors and warnings, once they are shown to be the other's.
    /// </summary>
    private IReadOnlyList<Diagnostic> DiagnosticsOnceWhatItNamesIsGone()
    {
        File.Delete(Path.Combine(Source, "topics/russia.md"));
        File.Delete(Path.Combine(Source, "issues/2014-10-29.md"));
        File.Delete(Path.Combine(Source, "static/images/moscow.jpg"));
        var cached = Assert.Throws<BuildFailedException>(Build).Diagnostics;
        var read = Assert.Throws<BuildFailedException>(() => new SiteBuild(Options(cache: null)).Run()).Diagnostics;

        Assert.Equal(read.Select(d => d.ToString()), cached.Select(d => d.ToString()));
        return cached;
    }

    private static string ArticleText(string title, string more = "") =>
        $"---\ntitle: {title}\nissue: 2014-10-29\nsection: history\n{more}topics: [russia]\n---\nThe body.\n";

    /// <summary>Every node with its kind, position and value, in order.</summary>
    private static string Printed(FrontMatterNode node) => node switch
    {
        FrontMatterScalar s => $"s{s.Line}:{s.Column}:{s.Plain}:{s.Value}",
        FrontMatterList l => $"l{l.Line}:{l.Column}[{string.Join(",", l.Items.Select(Printed))}]",
        FrontMatterMapping m => $"m{m.Line}:{m.Column}{{{string.Join(",", m.Entries.Select(e => Printed(e.Key) + "=" + Printed(e.Value)))}}}",
        _ => "?",
    };

    private void Write(string relative, string text)
    {
        _temp.Write("site-content/" + relative, text);
        File.SetLastWriteTimeUtc(Path.Combine(Source, relative), Past);
    }

    private void Rewrite(string relative, string text, DateTime writeTime)
    {
        _temp.Write("site-content/" + relative, text);
        File.SetLastWriteTimeUtc(Path.Combine(Source, relative), writeTime);
    }

    private void Build() => new SiteBuild(Options(CacheFolder)).Run();

    private BuildOptions Options(string? cache) => new(Source: Source, Output: _temp.Combine("output"), Cache: cache);

    private IReadOnlyDictionary<string, SourceCacheEntry> Kept() =>
        SourceCacheFile.Read(Path.Combine(CacheFolder, "sources.bin"), BuildKeys.Generator(), Source);

    private string Html(string relative) => File.ReadAllText(_temp.Combine(relative));
}
