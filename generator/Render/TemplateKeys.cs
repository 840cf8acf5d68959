using Broadsheet.Common;
using Scriban.Syntax;

namespace Broadsheet.Render;

/// <summary>
/// Which theme files each page template's output depends on, as one key per template: its own text, the partials it
/// includes (and theirs), the layout with its partials, and the strings files. A page whose template's key is the same as
/// when it was made is kept by its fingerprint though a stylesheet or another template changed.
/// </summary>
public sealed class TemplateKeys
{
    private readonly Dictionary<string, string> _keys;

    private TemplateKeys(Dictionary<string, string> keys, string strings)
    {
        _keys = keys;
        Strings = strings;
        All = new HashSet<string>(keys.Values.Append(strings), StringComparer.Ordinal);
    }

    /// <summary>The key of the strings files alone: what an issue's book takes from the theme.</summary>
    public string Strings { get; }

    /// <summary>Every key of this theme: a file made with a key not among them was made by theme files that changed since.</summary>
    public IReadOnlySet<string> All { get; }

    /// <summary>The key of a page template (<c>article.html</c>).</summary>
    public string Of(string template) => _keys[template];

    public static TemplateKeys Of(TemplateSet templates)
    {
        var strings = new Fingerprint().Mark('i');
        foreach (var file in templates.StringFiles.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            strings.Add(file.Path).Add(file.Content);
        }

        var stringsKey = strings.Hex();
        var includes = templates.Templates.ToDictionary(t => t.Key, t => Includes(t.Value.Page), StringComparer.Ordinal);
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in templates.Templates.Keys.Where(p => !p.Contains('/')))
        {
            var fingerprint = new Fingerprint().Add(stringsKey);
            foreach (var used in Closure([path, "layout.html"], includes, templates.Templates.Keys).Where(templates.Templates.ContainsKey))
            {
                fingerprint.Add(used).Add(templates.Text(used));
            }

            keys[path] = fingerprint.Hex();
        }

        return new TemplateKeys(keys, stringsKey);
    }

    /// <summary>The templates <paramref name="start"/> uses, themselves included, in path order; every template when one includes a name it works out as it runs.</summary>
    private static SortedSet<string> Closure(IEnumerable<string> start, Dictionary<string, HashSet<string>?> includes, IEnumerable<string> all)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(start);
        while (pending.TryPop(out var path))
        {
            if (!found.Add(path) || !includes.TryGetValue(path, out var named))
            {
                continue;
            }

            if (named is null)
            {
                return new SortedSet<string>(all, StringComparer.Ordinal);
            }

            foreach (var include in named)
            {
                pending.Push(include);
            }
        }

        return found;
    }

    /// <summary>The templates a template includes by name; null when it includes one by an expression.</summary>
    private static HashSet<string>? Includes(ScriptNode? page)
    {
        var finder = new IncludeFinder();
        page?.Accept(finder);
        return finder.ByExpression ? null : finder.Names;
    }

    private sealed class IncludeFinder : ScriptVisitor
    {
        public HashSet<string> Names { get; } = new(StringComparer.Ordinal);

        public bool ByExpression { get; private set; }

        public override void Visit(ScriptFunctionCall node)
        {
            if (node.Target is ScriptVariable { Name: "include" })
            {
                if (node.Arguments.Count > 0 && node.Arguments[0] is ScriptLiteral { Value: string name })
                {
                    Names.Add(name.Replace('\\', '/'));
                }
                else
                {
                    ByExpression = true;
                }
            }

            base.Visit(node);
        }
    }
}
