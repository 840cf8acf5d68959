using System.Text;
using Broadsheet.Common;
using Broadsheet.Diagnostics;
using Scriban;
using Scriban.Parsing;

namespace Broadsheet.Render;

/// <summary>
/// A theme, parsed once: the page templates (<c>*.html</c> at the top), the partials they include
/// (<c>partials/*.html</c>), the assets copied to the output (<c>assets/**</c>) and the strings in each language (<c>i18n/*.yml</c>).
/// </summary>
public sealed class TemplateSet
{
    /// <summary>The templates every theme must have: the layout and one per page kind.</summary>
    public static readonly IReadOnlyList<string> Required =
        [
            "layout.html", "home.html", "issue.html", "issues.html", "article.html", "topic.html", "topics.html",
            "author.html", "authors.html", "archive.html", "year.html", "month.html", "a-z.html", "letter.html",
            "redirect.html", "404.html", "search.html", "page.html",
        ];

    private readonly Dictionary<string, Template> _templates;
    private readonly SortedDictionary<string, (string DisplayPath, string Text)> _sources;
    private readonly Lazy<TemplateKeys> _keys;

    private TemplateSet(
        Dictionary<string, Template> templates,
        IReadOnlyList<ThemeFile> assets,
        IReadOnlyList<ThemeFile> strings,
        SortedDictionary<string, (string, string)> sources)
    {
        _templates = templates;
        Assets = assets;
        StringFiles = strings;
        _sources = sources;
        _keys = new Lazy<TemplateKeys>(() => TemplateKeys.Of(this));
    }

    /// <summary>Which theme files each page template's output depends on (see <see cref="TemplateKeys"/>).</summary>
    public TemplateKeys Keys => _keys.Value;

    /// <summary>
    /// Where a template writes <paramref name="text"/> (a link's target, like <c>about.html</c>): the first place in the
    /// templates, in the order of their paths; null when none writes it as it is.
    /// </summary>
    public SourceLocation? Find(string text)
    {
        foreach (var (displayPath, source) in _sources.Values)
        {
            var at = source.IndexOf(text, StringComparison.Ordinal);
            if (at >= 0)
            {
                var line = source.AsSpan(0, at).Count('\n') + 1;
                var column = at - (source.LastIndexOf('\n', Math.Max(0, at - 1)) + 1) + 1;
                return new SourceLocation(displayPath, line, at == 0 ? 1 : column);
            }
        }

        return null;
    }

    /// <summary>Files under <c>assets/</c>, written to the output as they are.</summary>
    public IReadOnlyList<ThemeFile> Assets { get; }

    /// <summary>The theme's strings in each language it speaks, <c>i18n/&lt;language&gt;.yml</c> (see <see cref="Strings.ThemeStringsReader"/>).</summary>
    public IReadOnlyList<ThemeFile> StringFiles { get; }

    /// <summary>Every parsed template by its path in the theme, e.g. <c>partials/header.html</c>.</summary>
    public IReadOnlyDictionary<string, Template> Templates => _templates;

    public Template this[string path] => _templates[path];

    /// <summary>A template's text as parsed, by its path in the theme.</summary>
    public string Text(string path) => _sources[path].Text;

    /// <summary>Parses every template of a theme, reporting each syntax error at its file, line and column.</summary>
    public static TemplateSet Parse(IReadOnlyList<ThemeFile> files, string themeDisplayPath, DiagnosticBag diagnostics)
    {
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        var sources = new SortedDictionary<string, (string, string)>(StringComparer.Ordinal);
        var assets = new List<ThemeFile>();
        var strings = new List<ThemeFile>();
        foreach (var file in files)
        {
            if (file.Path.StartsWith("assets/", StringComparison.Ordinal))
            {
                assets.Add(file);
                continue;
            }

            if (file.Path.StartsWith(Strings.ThemeStringsReader.Folder, StringComparison.Ordinal))
            {
                strings.Add(file);
                continue;
            }

            if (!file.Path.EndsWith(".html", StringComparison.Ordinal))
            {
                continue;
            }

            var bytes = file.Content.AsSpan();
            var text = Encoding.UTF8.GetString(bytes.StartsWith("\uFEFF"u8) ? bytes[3..] : bytes).ReplaceLineEndings("\n");
            var template = Template.Parse(text, file.DisplayPath);
            // Only the first: Scriban's recovery after a syntax error produces follow-on messages that mislead.
            if (template.Messages.FirstOrDefault(m => m.Type == ParserMessageType.Error) is { } error)
            {
                diagnostics.Error(TemplateLocation.Of(error.Span, file.DisplayPath), error.Message);
            }

            templates[file.Path] = template;
            sources[file.Path] = (file.DisplayPath, text);
        }

        foreach (var missing in Required.Where(r => !templates.ContainsKey(r)))
        {
            diagnostics.Error(
                SourceLocation.File($"{themeDisplayPath}/{missing}"),
                $"the theme has no {missing}; every theme needs {string.Join(", ", Required)}");
        }

        return new TemplateSet(templates, assets, strings, sources);
    }
}
