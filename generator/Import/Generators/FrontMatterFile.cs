using System.Globalization;
using System.Text.RegularExpressions;
using Broadsheet.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Broadsheet.Import.Generators;

/// <summary>
/// A Markdown file of another generator: its front matter (YAML between <c>---</c> lines, or Hugo's TOML between
/// <c>+++</c> lines, read as far as front matter uses it) as plain values, and its body.
/// </summary>
public sealed partial record FrontMatterFile(IReadOnlyDictionary<string, object?> Values, string Body, int BodyLine)
{
    public static FrontMatterFile Read(string text, string displayPath)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = text.TrimStart('\uFEFF').ReplaceLineEndings("\n");
        var fence = text.StartsWith("---\n", StringComparison.Ordinal) ? "---" : text.StartsWith("+++\n", StringComparison.Ordinal) ? "+++" : null;
        if (fence is null)
        {
            return new FrontMatterFile(new Dictionary<string, object?>(), text, 1);
        }

        var end = text.IndexOf("\n" + fence, 3, StringComparison.Ordinal);
        if (end < 0)
        {
            throw new ImportFailedException(SourceLocation.File(displayPath), $"the front matter opened by '{fence}' is never closed");
        }

        var header = text[4..(end + 1)];
        var afterFence = text.IndexOf('\n', end + 1);
        var body = afterFence < 0 ? "" : text[(afterFence + 1)..];
        var bodyLine = 2 + header.Count(c => c == '\n') + 1;
        var values = fence == "---" ? Yaml(header, displayPath) : Toml(header);
        return new FrontMatterFile(values, body, bodyLine);
    }

    private static Dictionary<string, object?> Yaml(string header, string displayPath)
    {
        try
        {
            var parsed = new DeserializerBuilder().Build().Deserialize<Dictionary<object, object?>>(header) ?? [];
            return parsed.ToDictionary(p => Convert.ToString(p.Key, CultureInfo.InvariantCulture) ?? "", p => p.Value, StringComparer.Ordinal);
        }
        catch (YamlException e)
        {
            throw new ImportFailedException(new SourceLocation(displayPath, (int)e.Start.Line + 1, (int)e.Start.Column), $"the front matter is not valid YAML: {e.Message}");
        }
    }

    /// <summary>TOML's top-level keys: strings, booleans, numbers, dates and arrays of strings; tables are passed over.</summary>
    private static Dictionary<string, object?> Toml(string header)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var line in header.Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.StartsWith('['))
            {
                break;
            }

            var match = TomlPair().Match(trimmed);
            if (!match.Success)
            {
                continue;
            }

            var raw = match.Groups[2].Value.Trim();
            values[match.Groups[1].Value.Trim('"')] = raw.StartsWith('[')
                ? TomlString().Matches(raw).Select(m => (object?)Unquote(m.Value)).ToList()
                : raw is "true" or "false" ? raw : Unquote(raw);
        }

        return values;
    }

    private static string Unquote(string raw) =>
        raw.Length >= 2 && (raw[0] == '"' || raw[0] == '\'') && raw[^1] == raw[0] ? raw[1..^1].Replace("\\\"", "\"", StringComparison.Ordinal) : raw;

    public string? Text(params string[] keys)
    {
        foreach (var key in keys)
        {
            if (Values.GetValueOrDefault(key) is { } value && value is not (List<object?> or Dictionary<object, object?>)
                && Convert.ToString(value, CultureInfo.InvariantCulture) is { Length: > 0 } text)
            {
                return text.Trim();
            }
        }

        return null;
    }

    /// <summary>A key that may be a string ("a, b" or "a b" for Jekyll's tags) or a list.</summary>
    public List<string> List(string key, bool spaceSeparated = false) => Values.GetValueOrDefault(key) switch
    {
        List<object?> items => items.Select(i => Convert.ToString(i, CultureInfo.InvariantCulture)?.Trim()).OfType<string>().Where(i => i.Length > 0).ToList(),
        string text => text.Split(spaceSeparated && !text.Contains(',', StringComparison.Ordinal) ? [' '] : [','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList(),
        _ => [],
    };

    public bool Flag(string key) => string.Equals(Text(key), "true", StringComparison.OrdinalIgnoreCase);

    public bool IsFalse(string key) => string.Equals(Text(key), "false", StringComparison.OrdinalIgnoreCase);

    /// <summary>A value nested one level down: Hugo's <c>cover: {image: …}</c>.</summary>
    public string? Nested(string key, string inner) =>
        Values.GetValueOrDefault(key) is Dictionary<object, object?> map && map.GetValueOrDefault(inner) is { } value
            ? Convert.ToString(value, CultureInfo.InvariantCulture)
            : null;

    [GeneratedRegex(@"^([A-Za-z0-9_""-]+)\s*=\s*(.+)$")]
    private static partial Regex TomlPair();

    [GeneratedRegex(@"""(?:[^""\\]|\\.)*""|'[^']*'")]
    private static partial Regex TomlString();
}
