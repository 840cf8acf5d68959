using System.Globalization;
using Broadsheet.Common;
using Broadsheet.Diagnostics;
using Broadsheet.Load;

namespace Broadsheet.Model;

/// <summary>Reads typed values out of a parsed front matter, reporting each problem at its key or value.</summary>
public sealed class FrontMatterReader
{
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<string, (FrontMatterScalar Key, FrontMatterNode Value, int Index)> _entries;

    /// <summary>The keys asked for, present or not (the hints for a misspelt key), and which entries were asked for, by index.</summary>
    private readonly List<string> _asked = new(24);
    private readonly bool[] _read;

    /// <param name="displayPath">The file the front matter is in, as messages name it.</param>
    public FrontMatterReader(string displayPath, FrontMatterMapping frontMatter, DiagnosticBag diagnostics)
    {
        DisplayPath = displayPath;
        _diagnostics = diagnostics;
        // Indexed, not through the list's enumerator: thousands of articles pass here on every build.
        var entries = frontMatter.Entries;
        _entries = new(entries.Count, StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            var (key, value) = entries[i];
            if (key is FrontMatterScalar scalar)
            {
                // A key written twice is one entry, its last value.
                _entries[scalar.Value] = (scalar, value, _entries.TryGetValue(scalar.Value, out var had) ? had.Index : _entries.Count);
            }
            else
            {
                Error(key, "a front-matter key must be a plain word");
            }
        }

        _read = new bool[_entries.Count];
    }

    /// <summary>
    /// A reader of a loaded file's front matter, after reporting what loading found wrong with it; null when the file
    /// has no front matter that could be read.
    /// </summary>
    public static FrontMatterReader? For(ParsedSource file, DiagnosticBag diagnostics)
    {
        foreach (var problem in file.Problems)
        {
            diagnostics.Add(problem);
        }

        return file.FrontMatter is null ? null : new FrontMatterReader(file.DisplayPath, file.FrontMatter, diagnostics);
    }

    public string DisplayPath { get; }

    /// <summary>Where the front matter starts: the place to report a key that is missing.</summary>
    public SourceLocation Start => new(DisplayPath, 1, 1);

    public bool Has(string key) => _entries.ContainsKey(key);

    /// <summary>Marks a key as expected when its value is read by other means (a list of mappings, say).</summary>
    public void Expect(string key)
    {
        _asked.Add(key);
        if (_entries.TryGetValue(key, out var entry))
        {
            _read[entry.Index] = true;
        }
    }

    public SourceLocation At(FrontMatterNode node) => new(DisplayPath, node.Line, node.Column);

    public SourceLocation? AtValue(string key) => _entries.TryGetValue(key, out var e) ? At(e.Value) : null;

    public SourceLocation AtValueOrStart(string key) => AtValue(key) ?? Start;

    /// <summary>True once this reader has reported an error: the file cannot become a model record.</summary>
    public bool HasErrors => ErrorCount > 0;

    /// <summary>How many errors this reader has reported: what a step of reading added is the difference.</summary>
    public int ErrorCount { get; private set; }

    public void Error(SourceLocation location, string message)
    {
        ErrorCount++;
        _diagnostics.Error(location, message);
    }

    public void Error(FrontMatterNode node, string message) => Error(At(node), message);

    /// <summary>Reports a problem with a key's value, at the value (or the front matter's start if it is absent).</summary>
    public void Error(string key, string message) => Error(AtValueOrStart(key), message);

    /// <summary>Reports something the writer should know about a key's value, at the value; the file is still used.</summary>
    public void Warning(string key, string message) => _diagnostics.Warning(AtValueOrStart(key), message);

    /// <summary>Text a page prints as a headline or caption, set as bodies are: curled quotes and apostrophes, dashes.</summary>
    public string? Typeset(string key, bool required = false) => Text(key, required) is { } text ? Common.SmartPunctuation.Of(text) : null;

    public string? Text(string key, bool required = false)
    {
        _asked.Add(key);
        if (!_entries.TryGetValue(key, out var entry))
        {
            if (required)
            {
                Error(Start, $"'{key}' is missing; add '{key}: ...' to the front matter");
            }

            return null;
        }

        _read[entry.Index] = true;
        if (entry.Value is not FrontMatterScalar scalar)
        {
            Error(entry.Value, $"'{key}' must be a single value, not a {KindOf(entry.Value)}");
            return null;
        }

        var value = scalar.Value.Trim();
        if (string.IsNullOrEmpty(value) || IsNull(scalar))
        {
            if (required)
            {
                Error(entry.Key, $"'{key}' is empty; give it a value");
            }

            return null;
        }

        return value;
    }

    /// <summary>A value written either as one string or as a list of strings.</summary>
    public List<(string Value, SourceLocation Location)> TextList(string key)
    {
        _asked.Add(key);
        if (!_entries.TryGetValue(key, out var entry))
        {
            return [];
        }

        _read[entry.Index] = true;

        switch (entry.Value)
        {
            case FrontMatterScalar scalar when IsNull(scalar) || string.IsNullOrWhiteSpace(scalar.Value):
                return [];
            case FrontMatterScalar scalar:
                return [(scalar.Value.Trim(), At(scalar))];
            case FrontMatterList list:
                var items = new List<(string, SourceLocation)>();
                foreach (var item in list.Items)
                {
                    if (item is FrontMatterScalar { Value: var text } && !string.IsNullOrWhiteSpace(text))
                    {
                        items.Add((text.Trim(), At(item)));
                    }
                    else
                    {
                        Error(item, $"each entry of '{key}' must be a single value");
                    }
                }

                return items;
            default:
                Error(entry.Value, $"'{key}' must be a value or a list of values, not a {KindOf(entry.Value)}");
                return [];
        }
    }

    public DateOnly? Date(string key, bool required = false)
    {
        var text = Text(key, required);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Error(
            AtValueOrStart(key),
            $"'{key}' must be a real date written YYYY-MM-DD, like 2014-10-29; '{text}' is not");
        return null;
    }

    public int? WholeNumber(string key, bool required = false)
    {
        var text = Text(key, required);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        Error(AtValueOrStart(key), $"'{key}' must be a whole number; '{text}' is not");
        return null;
    }

    public bool Flag(string key)
    {
        var text = Text(key);
        switch (text)
        {
            case null or "false" or "no":
                return false;
            case "true" or "yes":
                return true;
            default:
                Error(AtValueOrStart(key), $"'{key}' must be true or false; '{text}' is neither");
                return false;
        }
    }

    /// <summary>Warns about every key no reader asked for: most often a misspelt key.</summary>
    public void WarnAboutUnknownKeys() => ReportUnknownKeys(asErrors: false);

    /// <summary>Refuses every key no reader asked for, where a misspelt key would lose what the writer meant (a menu's link).</summary>
    public void RefuseUnknownKeys() => ReportUnknownKeys(asErrors: true);

    private void ReportUnknownKeys(bool asErrors)
    {
        if (Array.IndexOf(_read, false) < 0)
        {
            // Every key was asked for, as in almost every file: nothing to sort and report.
            return;
        }

        var known = _asked.Distinct(StringComparer.Ordinal).ToList();
        foreach (var (name, entry) in _entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            if (!_read[entry.Index])
            {
                if (asErrors)
                {
                    Error(entry.Key, $"unknown key '{name}'{Suggest.HintOrList(name, known.Order(StringComparer.Ordinal).ToList(), "keys here")}");
                }
                else
                {
                    _diagnostics.Warning(At(entry.Key), $"unknown key '{name}' is ignored{Suggest.Hint(name, known)}");
                }
            }
        }
    }

    private static bool IsNull(FrontMatterScalar scalar) =>
        scalar.Plain && scalar.Value is "~" or "null" or "Null" or "NULL";

    private static string KindOf(FrontMatterNode node) => node switch
    {
        FrontMatterList => "list",
        FrontMatterMapping => "set of keys",
        _ => "value",
    };
}
