using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using Broadsheet.Build;
using Broadsheet.Diagnostics;
using Broadsheet.Render;
using Broadsheet.Render.Strings;
using Broadsheet.Tests.TestSupport;
using Xunit;

namespace Broadsheet.Tests.Build;

/// <summary>The sample archive built in each language the default theme speaks: none of the theme's English is left.</summary>
/// <param name="photographs">
/// One image store for the cases, which run one at a time: a photograph's derivatives are the same in every language, and
/// making them was a third of each build.
/// </param>
public sealed partial class ThemeLanguageTests(TempFolder photographs) : IClassFixture<TempFolder>
{
    public static TheoryData<string> Languages() => new() { "sv", "de", "fr", "es", "cy" };

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_sample_in_another_language_keeps_no_english_of_the_theme(string language)
    {
        using var temp = new TempFolder();
        var source = temp.Combine("site-content");
        TempFolder.CopyFolder(RepoPaths.SampleContent, source);
        var siteYml = Path.Combine(source, "site.yml");
        File.WriteAllText(siteYml, File.ReadAllText(siteYml).Replace("language: en", $"language: {language}", StringComparison.Ordinal));
        var output = temp.Combine("output");

        var result = new SiteBuild(new BuildOptions(Source: source, Output: output, Images: photographs.Path)).Run();

        Assert.Empty(result.Warnings);
        var strings = ThemeStringsReader.Read(ThemeLoader.Default(), language, new DiagnosticBag());
        var english = ThemeStringsReader.Read(ThemeLoader.Default(), "en", new DiagnosticBag());
        // A phrase the archive's own English uses (a topic's "general strike") is content, not the theme.
        var content = string.Join('\n', Directory.EnumerateFiles(source, "*.*", SearchOption.AllDirectories).Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal)).Select(File.ReadAllText));
        var leftovers = EnglishPhrases(english, strings).Where(p => !content.Contains(p, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(leftovers);
        foreach (var file in Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories))
        {
            var page = File.ReadAllText(file);
            Assert.Contains($"<html lang=\"{language}\">", page, StringComparison.Ordinal);
            var theme = ThemeText(page);
            var found = leftovers.Where(p => theme.Contains(p, StringComparison.Ordinal)).ToList();
            Assert.True(found.Count == 0, $"{Path.GetRelativePath(output, file)} still says, in English: {string.Join(" | ", found)}");
        }

        var home = File.ReadAllText(Path.Combine(output, "index.html"));
        Assert.Contains($">{strings.Text("nav_issues")}</a>", home, StringComparison.Ordinal);
        Assert.Contains($">{strings.Text("home_latest_articles")}</h2>", home, StringComparison.Ordinal);
        Assert.Contains(strings.Dates.ForReaders(new DateOnly(2025, 11, 5)), File.ReadAllText(Path.Combine(output, "issues/2025-11-05.html")), StringComparison.Ordinal);
        using var book = ZipFile.OpenRead(Path.Combine(output, "issues/2025-11-05.epub"));
        using var nav = new StreamReader(book.GetEntry("OEBPS/nav.xhtml")!.Open());
        Assert.Contains($"<h1>{strings.Text("epub_contents")}</h1>", nav.ReadToEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void German_dates_have_the_point_after_the_day()
    {
        var strings = ThemeStringsReader.Read(ThemeLoader.Default(), "de", new DiagnosticBag());

        Assert.Equal("17. Dezember 2026", strings.Dates.ForReaders(new DateOnly(2026, 12, 17)));
    }

    /// <summary>Each phrase of two words or more that English says and the other language's strings do not.</summary>
    private static List<string> EnglishPhrases(ThemeStrings english, ThemeStrings other) =>
        english.Keys
            .SelectMany(k => english[k].Texts.SelectMany(t => Places().Split(t))
                .Select(p => p.Trim(' ', '.', ',', ':', ';', '(', ')', '"'))
                .Where(p => p.Contains(' ', StringComparison.Ordinal) && p.Length >= 8 && !other[k].Texts.Any(o => o.Contains(p, StringComparison.Ordinal))))
            .Distinct()
            .ToList();

    /// <summary>What the theme prints on a page: its text and labels, without the articles' bodies and the scripts.</summary>
    private static string ThemeText(string page)
    {
        var withoutContent = Bodies().Replace(page, "");
        var labels = string.Join('\n', Labels().Matches(withoutContent).Select(m => m.Groups[1].Value));
        return WebUtility.HtmlDecode(Tags().Replace(withoutContent, "\n")) + "\n" + labels;
    }

    [GeneratedRegex(@"\{\d\}")]
    private static partial Regex Places();

    [GeneratedRegex(@"<div class=""body"">.*?</div>\n|<script.*?</script>", RegexOptions.Singleline)]
    private static partial Regex Bodies();

    [GeneratedRegex(@"(?:aria-label|title|alt)=""([^""]*)""")]
    private static partial Regex Labels();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
