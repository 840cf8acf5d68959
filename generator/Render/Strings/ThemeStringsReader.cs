using System.Text;
using Broadsheet.Diagnostics;
using Broadsheet.Load;

namespace Broadsheet.Render.Strings;

/// <summary>
/// Reads the theme's strings for a language from <c>i18n/&lt;language&gt;.yml</c> (then the language without its region,
/// "de" for "de-AT"), each string missing there taken from <c>i18n/en.yml</c> with a warning naming it.
/// </summary>
public static class ThemeStringsReader
{
    public const string Folder = "i18n/";

    public static ThemeStrings Read(IReadOnlyList<ThemeFile> files, string language, DiagnosticBag diagnostics)
    {
        var byPath = files.Where(f => f.Path.StartsWith(Folder, StringComparison.Ordinal)).ToDictionary(f => f.Path, StringComparer.Ordinal);
        if (!byPath.TryGetValue(Folder + "en.yml", out var englishFile))
        {
            diagnostics.Error(SourceLocation.File("templates/" + Folder + "en.yml"), "the theme has no i18n/en.yml, the strings every language falls back to; take it from `broadsheet theme eject`");
            return new ThemeStrings(language, new Dictionary<string, ThemeString>());
        }

        var english = Parse(englishFile, null, diagnostics);
        var tag = language.ToLowerInvariant();
        var own = byPath.GetValueOrDefault($"{Folder}{tag}.yml") ?? byPath.GetValueOrDefault($"{Folder}{PluralRules.Base(tag)}.yml");
        if (own is null || own == englishFile)
        {
            if (PluralRules.Base(tag) != "en")
            {
                diagnostics.Warning(
                    SourceLocation.File($"templates/{Folder}{PluralRules.Base(tag)}.yml"),
                    $"the theme has no strings in '{language}', the language of site.yml, so its pages speak English; translate i18n/en.yml into this file (`broadsheet theme eject` writes the theme's files to start from)");
            }

            return new ThemeStrings(language, english);
        }

        var translated = Parse(own, english, diagnostics);
        var missing = english.Keys.Where(k => !translated.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            diagnostics.Warning(
                SourceLocation.File(own.DisplayPath),
                $"{Count(missing.Count)} of the theme not translated, shown in English: {string.Join(", ", missing.Take(12))}{(missing.Count > 12 ? $" and {missing.Count - 12} more" : "")}; add them to this file");
        }

        var merged = new Dictionary<string, ThemeString>(english, StringComparer.Ordinal);
        foreach (var (key, value) in translated)
        {
            merged[key] = value;
        }

        return new ThemeStrings(language, merged);
    }

    private static string Count(int n) => n == 1 ? "1 string" : $"{n} strings";

    /// <param name="english">The strings a translation may have: another key is a warning; null when reading English itself.</param>
    private static Dictionary<string, ThemeString> Parse(ThemeFile file, IReadOnlyDictionary<string, ThemeString>? english, DiagnosticBag diagnostics)
    {
        var strings = new Dictionary<string, ThemeString>(StringComparer.Ordinal);
        var bytes = file.Content.AsSpan();
        var text = Encoding.UTF8.GetString(bytes.StartsWith("\uFEFF"u8) ? bytes[3..] : bytes);
        if (FrontMatterParser.ParseYaml(file.DisplayPath, text, 1, diagnostics) is not { } mapping)
        {
            return strings;
        }

        foreach (var (keyNode, valueNode) in mapping.Entries)
        {
            var key = ((FrontMatterScalar)keyNode).Value;
            var at = new SourceLocation(file.DisplayPath, keyNode.Line, keyNode.Column);
            if (english is not null && !english.ContainsKey(key))
            {
                diagnostics.Warning(at, $"'{key}' is not a string of the theme, and is not used{Suggest.Hint(key, english.Keys)}");
                continue;
            }

            if (Value(valueNode, file.DisplayPath, diagnostics) is { } value)
            {
                strings[key] = value;
            }
        }

        return strings;
    }

    private static ThemeString? Value(FrontMatterNode node, string displayPath, DiagnosticBag diagnostics)
    {
        switch (node)
        {
            case FrontMatterScalar scalar:
                return new ThemeString(scalar.Value, null);
            case FrontMatterMapping forms:
                var byCategory = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var (categoryNode, formNode) in forms.Entries)
                {
                    var category = ((FrontMatterScalar)categoryNode).Value;
                    if (!PluralRules.Categories.Contains(category))
                    {
                        diagnostics.Error(
                            new SourceLocation(displayPath, categoryNode.Line, categoryNode.Column),
                            $"'{category}' is not a plural form{Suggest.Hint(category, PluralRules.Categories)}; the forms are {string.Join(", ", PluralRules.Categories)}");
                    }
                    else if (formNode is FrontMatterScalar form)
                    {
                        byCategory[category] = form.Value;
                    }
                    else
                    {
                        diagnostics.Error(new SourceLocation(displayPath, formNode.Line, formNode.Column), "a plural form is one line of text");
                    }
                }

                if (!byCategory.ContainsKey("other"))
                {
                    diagnostics.Error(new SourceLocation(displayPath, node.Line, node.Column), "a string with plural forms needs 'other', the form for any count not given");
                    return null;
                }

                return new ThemeString(null, byCategory);
            default:
                diagnostics.Error(new SourceLocation(displayPath, node.Line, node.Column), "a string of the theme is a line of text, or its plural forms (one: ..., other: ...)");
                return null;
        }
    }
}
