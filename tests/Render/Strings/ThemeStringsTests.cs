using Broadsheet.Diagnostics;
using Broadsheet.Render;
using Broadsheet.Render.Strings;
using Xunit;

namespace Broadsheet.Tests.Render.Strings;

/// <summary>The theme's strings: plural forms by language, values in their places, escaping, and what a translation lacks.</summary>
public sealed class ThemeStringsTests
{
    private readonly DiagnosticBag _bag = new();

    [Theory]
    [InlineData("en", 0, "other")]
    [InlineData("en", 1, "one")]
    [InlineData("sv", 2, "other")]
    [InlineData("fr", 0, "one")]
    [InlineData("fr", 1, "one")]
    [InlineData("fr", 2, "other")]
    [InlineData("de-AT", 1, "one")]
    [InlineData("cy", 0, "zero")]
    [InlineData("cy", 1, "one")]
    [InlineData("cy", 2, "two")]
    [InlineData("cy", 3, "few")]
    [InlineData("cy", 6, "many")]
    [InlineData("cy", 7, "other")]
    public void A_count_takes_the_plural_form_of_its_language(string language, int n, string category)
    {
        Assert.Equal(category, PluralRules.Category(language, n));
    }

    [Fact]
    public void Counts_agree_in_every_shipped_language()
    {
        Assert.Equal("1 article", Read("en").Text("articles", 1));
        Assert.Equal("2 articles", Read("en").Text("articles", 2));
        Assert.Equal("1 artikel", Read("sv").Text("articles", 1));
        Assert.Equal("5 artiklar", Read("sv").Text("articles", 5));
        Assert.Equal("0 article", Read("fr").Text("articles", 0));
        Assert.Equal("Dim erthyglau", Read("cy").Text("articles", 0));
        Assert.Equal("3 erthygl", Read("cy").Text("articles", 3));
    }

    [Fact]
    public void Dates_are_written_as_each_language_writes_them()
    {
        var day = new DateOnly(2026, 12, 17);

        Assert.Equal("17 December 2026", Read("en").Dates.ForReaders(day));
        Assert.Equal("17. Dezember 2026", Read("de").Dates.ForReaders(day));
        Assert.Equal("17 december 2026", Read("sv").Dates.ForReaders(day));
        Assert.Equal("17 décembre 2026", Read("fr").Dates.ForReaders(day));
        Assert.Equal("17 de diciembre de 2026", Read("es").Dates.ForReaders(day));
        Assert.Equal("17 Rhagfyr 2026", Read("cy").Dates.ForReaders(day));
        Assert.Equal("December 2026", Read("sv").Dates.Month(2026, 12));
        Assert.Equal("Diciembre de 2026", Read("es").Dates.Month(2026, 12));
    }

    [Fact]
    public void Values_go_in_their_places_escaped_and_html_values_stay_html()
    {
        var strings = Read("en");

        Assert.Equal("More Tom &amp; Jerry articles…", strings.Html("article_more_on_topic", ["Tom & Jerry"]).Value);
        Assert.Equal("From <a href=\"x.html\">Issue 1</a>", strings.Html("article_from_issue", [new RawHtml("<a href=\"x.html\">Issue 1</a>")]).Value);
        Assert.Equal("Ada, Bea and Cy", strings.List(["Ada", "Bea", "Cy"]));
        Assert.Equal("Ada och Bea", Read("sv").List(["Ada", "Bea"]));
    }

    [Fact]
    public void Every_shipped_language_has_every_string_and_says_it_in_its_own_words()
    {
        var english = Read("en");
        // The same in English: symbols, names of formats, and a few words these languages share.
        string[] shared = ["date_format", "month_format", "az_digits", "nav_az", "az_title", "page_number", "title_and_page", "pages_label", "az_letter_title", "search_by_date", "epub_topics", "articles", "search_script_count"];
        foreach (var language in new[] { "sv", "de", "fr", "es", "cy" })
        {
            var strings = Read(language);
            Assert.Empty(_bag.Sorted());
            var untranslated = english.Keys
                .Where(k => !shared.Contains(k) && strings[k].Texts.SequenceEqual(english[k].Texts))
                .ToList();
            Assert.True(untranslated.Count == 0, $"{language} says in English: {string.Join(", ", untranslated)}");
        }
    }

    [Fact]
    public void A_translation_that_lacks_strings_falls_back_to_english_with_one_warning_naming_them()
    {
        var files = Theme(("i18n/sv.yml", "nav_home: Start\nnav_isues: Nummer\n"));

        var strings = ThemeStringsReader.Read(files, "sv", _bag);

        Assert.Equal("Start", strings.Text("nav_home"));
        Assert.Equal("Topics", strings.Text("nav_topics"));
        var warnings = _bag.Sorted();
        Assert.Equal(2, warnings.Count);
        Assert.Equal("templates/i18n/sv.yml:1:1", warnings[0].Location.ToString());
        Assert.Matches(@"^\d+ strings of the theme not translated, shown in English: and, archive_all_of_year, ", warnings[0].Message);
        Assert.Equal("templates/i18n/sv.yml:2:1: warning: 'nav_isues' is not a string of the theme, and is not used; did you mean 'nav_issues'?", warnings[1].ToString());
    }

    [Fact]
    public void A_language_the_theme_does_not_speak_is_a_warning_and_english()
    {
        var strings = ThemeStringsReader.Read(ThemeLoader.Default(), "pt", _bag);

        Assert.Equal("Home", strings.Text("nav_home"));
        var warning = Assert.Single(_bag.Sorted());
        Assert.Equal("templates/i18n/pt.yml", warning.Location.Path);
        Assert.Contains("the theme has no strings in 'pt'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plural_form_that_is_not_one_is_an_error_at_its_line()
    {
        var files = Theme(("i18n/sv.yml", "articles:\n  one: \"{0} artikel\"\n  plural: \"{0} artiklar\"\n"));

        ThemeStringsReader.Read(files, "sv", _bag);

        Assert.Equal(
            [
                "templates/i18n/sv.yml:2:3: error: a string with plural forms needs 'other', the form for any count not given",
                "templates/i18n/sv.yml:3:3: error: 'plural' is not a plural form; the forms are zero, one, two, few, many, other",
            ],
            _bag.Sorted().Where(d => d.Severity == Severity.Error).Select(d => d.ToString()));
    }

    private ThemeStrings Read(string language) => ThemeStringsReader.Read(ThemeLoader.Default(), language, _bag);

    private static IReadOnlyList<ThemeFile> Theme(params (string Path, string Text)[] files) =>
        ThemeLoader.Overlay(
            ThemeLoader.Default().Where(f => !f.Path.StartsWith("i18n/", StringComparison.Ordinal) || f.Path == "i18n/en.yml").ToList(),
            files.Select(f => new ThemeFile(f.Path, "templates/" + f.Path, System.Text.Encoding.UTF8.GetBytes(f.Text))).ToList());
}
