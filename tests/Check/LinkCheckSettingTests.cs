using Broadsheet.Build;
using Broadsheet.Diagnostics;
using Broadsheet.Model;
using Broadsheet.Tests.Cli;
using Broadsheet.Tests.TestSupport;
using Xunit;

namespace Broadsheet.Tests.Check;

/// <summary>
/// <c>link_check: warn</c> in site.yml, or <c>--link-check warn</c>: a broken link or anchor written in content is a warning
/// at its line in the .md file and the site is published; the default, <c>error</c>, fails the build and writes nothing.
/// </summary>
public sealed class LinkCheckSettingTests : IDisposable
{
    private const string Body = "First paragraph.\n\nSee [gone](../02/no-such-article.md#part), [a section](other.md#no-such-part) and [a page](/2014/10/old-address/).\n";

    private readonly SmallArchive _archive;

    public LinkCheckSettingTests()
    {
        _archive = new SmallArchive();
        _archive.Article("other", "## Part one\n\nText.\n");
        _archive.Article("linking", Body);
    }

    public void Dispose() => _archive.Dispose();

    [Fact]
    public void By_default_a_broken_link_in_content_fails_the_build_and_writes_nothing()
    {
        var failure = Assert.Throws<BuildFailedException>(() => _archive.Build());

        // Each of the three broken links is an error at its line, the one the Markdown stage found and the two the check found.
        Assert.Equal(3, failure.Diagnostics.Count);
        Assert.All(failure.Diagnostics, d =>
        {
            Assert.Equal(Severity.Error, d.Severity);
            Assert.EndsWith("site-content/articles/2024/03/linking.md", d.Location.Path, StringComparison.Ordinal);
            Assert.Equal(8, d.Location.Line);
        });
        Assert.Empty(_archive.OutputFiles());
    }

    [Fact]
    public void With_link_check_warn_in_site_yml_each_broken_link_is_a_warning_at_its_line_and_the_site_is_published()
    {
        _archive.Write("site.yml", File.ReadAllText(Path.Combine(_archive.Source, "site.yml")) + "link_check: warn\n");

        var result = _archive.Build();

        var warnings = result.Warnings.Select(w => w.ToString()).ToList();
        Assert.Equal(3, warnings.Count);
        Assert.All(result.Warnings, w =>
        {
            Assert.Equal(Severity.Warning, w.Severity);
            Assert.EndsWith("site-content/articles/2024/03/linking.md", w.Location.Path, StringComparison.Ordinal);
            Assert.Equal(8, w.Location.Line);
            Assert.Contains("(on articles/2024/03/linking.html; published with it, as link_check is 'warn')", w.Message, StringComparison.Ordinal);
        });
        Assert.Contains(warnings, w => w.Contains(":8:5: warning: broken link '../02/no-such-article.md#part': there is no file articles/2024/02/no-such-article.md", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("broken link 'other.html#no-such-part': articles/2024/03/other.html has no element with id 'no-such-part'", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains(":8:83: warning: broken link '../../../2014/10/old-address': there is no file 2014/10/old-address", StringComparison.Ordinal));
        Assert.Contains("href=\"other.html#no-such-part\"", _archive.Read("articles/2024/03/linking.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_command_line_overrides_site_yml_either_way()
    {
        _archive.Write("site.yml", File.ReadAllText(Path.Combine(_archive.Source, "site.yml")) + "link_check: warn\n");
        Assert.Throws<BuildFailedException>(() => _archive.Build(new BuildOptions(LinkCheck: LinkCheck.Error)));
        Assert.Empty(_archive.OutputFiles());

        _archive.Write("site.yml", File.ReadAllText(Path.Combine(_archive.Source, "site.yml")).Replace("link_check: warn\n", "link_check: error\n", StringComparison.Ordinal));
        var result = _archive.Build(new BuildOptions(LinkCheck: LinkCheck.Warn));
        Assert.Equal(3, result.Warnings.Count);
        Assert.True(File.Exists(Path.Combine(_archive.Output, "articles/2024/03/linking.html")));
    }

    [Fact]
    public void Warnings_as_errors_fails_on_the_warnings_too()
    {
        var failure = Assert.Throws<BuildFailedException>(() => _archive.Build(new BuildOptions(LinkCheck: LinkCheck.Warn, WarningsAsErrors: true)));

        Assert.Equal(3, failure.Diagnostics.Count);
        Assert.All(failure.Diagnostics, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.Empty(_archive.OutputFiles());
    }

    [Fact]
    public void An_incremental_build_lists_the_warnings_of_a_page_it_would_otherwise_keep()
    {
        using var cache = new TempFolder();
        var options = new BuildOptions(LinkCheck: LinkCheck.Warn, Cache: cache.Path);
        Assert.Equal(3, _archive.Build(options).Warnings.Count);

        // Only a topic's introduction changes: the page with the broken links would be kept as it was.
        _archive.Write("topics/russia.md", "---\ntitle: Russia\n---\nAn introduction.\n");
        var again = _archive.Build(options);

        Assert.True(again.Skipped > 0);
        Assert.Equal(3, again.Warnings.Count);
        Assert.All(again.Warnings, w => Assert.Equal(8, w.Location.Line));
    }

    [Fact]
    public void Any_other_value_of_link_check_is_an_error_at_its_position()
    {
        _archive.Write("site.yml", File.ReadAllText(Path.Combine(_archive.Source, "site.yml")) + "link_check: warning\n");

        var failure = Assert.Throws<BuildFailedException>(() => _archive.Build());

        var error = Assert.Single(failure.Diagnostics, d => d.Location.Path.EndsWith("site.yml", StringComparison.Ordinal));
        Assert.Equal("'link_check' must be 'error' or 'warn'; 'warning' is neither", error.Message);
        Assert.Equal((7, 13), (error.Location.Line, error.Location.Column));
    }

    [Fact]
    [Trait("Category", Category.Slow)]
    public void The_program_exits_0_with_warn_and_1_with_error()
    {
        var warned = BroadsheetProcess.Run(_archive.Source, ["build", "--source", ".", "--output", _archive.Output, "--link-check", "warn", "--no-cache"]);
        Assert.Equal(0, warned.ExitCode);
        Assert.Contains("articles/2024/03/linking.md:8:5: warning: broken link '../02/no-such-article.md#part'", warned.Stderr, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_archive.Output, "articles/2024/03/linking.html")));

        var failed = BroadsheetProcess.Run(_archive.Source, ["build", "--source", ".", "--output", _archive.Output, "--link-check", "error", "--no-cache"]);
        Assert.Equal(1, failed.ExitCode);
        Assert.Contains("articles/2024/03/linking.md:8:5: error: the link '../02/no-such-article.md#part' leads to articles/2024/02/no-such-article.md, which is not an article", failed.Stderr, StringComparison.Ordinal);

        var wrong = BroadsheetProcess.Run(_archive.Source, ["build", "--link-check", "maybe"]);
        Assert.Equal(2, wrong.ExitCode);
    }
}
