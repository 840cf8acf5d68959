using System.Globalization;
using System.Text;
using Broadsheet.Diagnostics;

namespace Broadsheet.Model;

/// <summary>
/// Where article pages are written, from site.yml's <c>article_path</c>: a path without ".html" made of literal
/// folders and the placeholders {year}, {month}, {day}, {slug}, {issue} and {section}. An article without the
/// issue or section the pattern names is written where the default pattern puts it.
/// </summary>
public sealed class ArticlePathPattern
{
    private static readonly string[] Names = ["year", "month", "day", "slug", "issue", "section"];

    /// <summary>The shape an archive has by default: <c>articles/2024/03/editorial.html</c>.</summary>
    public static readonly ArticlePathPattern Default = Parse("articles/{year}/{month}/{slug}", out _)!;

    /// <summary>A builder for each thread, as the graph places thousands of articles.</summary>
    [ThreadStatic]
    private static StringBuilder? t_path;

    private readonly IReadOnlyList<(string Text, bool IsPlaceholder)> _parts;

    private ArticlePathPattern(string text, IReadOnlyList<(string, bool)> parts)
    {
        Text = text;
        _parts = parts;
    }

    /// <summary>The pattern as site.yml wrote it (without a trailing ".html").</summary>
    public string Text { get; }

    /// <summary>The page of <paramref name="article"/>, e.g. <c>articles/2024/03/05/editorial.html</c>.</summary>
    public string Of(Article article) => Of(article.Date, article.Slug, article.Issue?.Id, article.Section?.Id);

    /// <summary>The page of an article of that date, slug, issue and section (the last two null when it has none).</summary>
    public string Of(DateOnly date, string slug, string? issue, string? section)
    {
        var path = (t_path ??= new StringBuilder()).Clear();
        foreach (var (text, isPlaceholder) in _parts)
        {
            if (!isPlaceholder)
            {
                path.Append(text);
                continue;
            }

            switch (text)
            {
                case "year":
                    path.Append(CultureInfo.InvariantCulture, $"{date.Year:D4}");
                    break;
                case "month":
                    path.Append(CultureInfo.InvariantCulture, $"{date.Month:D2}");
                    break;
                case "day":
                    path.Append(CultureInfo.InvariantCulture, $"{date.Day:D2}");
                    break;
                case "slug":
                    path.Append(slug);
                    break;
                case "issue" when issue is not null:
                    path.Append(issue);
                    break;
                case "section" when section is not null:
                    path.Append(section);
                    break;
                case "issue" or "section":
                    // The default pattern names neither, so its own use of the builder never comes here.
                    return Default.Of(date, slug, issue, section);
                default:
                    throw new InvalidOperationException($"'{text}' is not a placeholder");
            }
        }

        return path.Append(".html").ToString();
    }

    /// <summary>The pattern in <paramref name="text"/>, or null with the <paramref name="problem"/> a user can fix.</summary>
    public static ArticlePathPattern? Parse(string text, out string? problem)
    {
        problem = null;
        var pattern = text.EndsWith(".html", StringComparison.Ordinal) ? text[..^".html".Length] : text;
        if (pattern.StartsWith('/') || pattern.EndsWith('/') || pattern.Contains("//", StringComparison.Ordinal)
            || pattern.Split('/').Any(p => p is "." or ".."))
        {
            problem = $"'{text}' must be a path inside the site such as \"articles/{{year}}/{{month}}/{{day}}/{{slug}}\", with no leading or trailing '/' and no '.' or '..' folders";
            return null;
        }

        var parts = new List<(string, bool)>();
        var rest = pattern;
        while (rest.Length > 0)
        {
            var open = rest.IndexOf('{', StringComparison.Ordinal);
            var literal = open < 0 ? rest : rest[..open];
            if (literal.Any(c => !IsPathCharacter(c)))
            {
                problem = $"'{text}' may hold only lower-case letters, digits, '-', '_', '.', '/' and placeholders; '{literal.First(c => !IsPathCharacter(c))}' is none of them";
                return null;
            }

            if (literal.Length > 0)
            {
                parts.Add((literal, false));
            }

            if (open < 0)
            {
                break;
            }

            var close = rest.IndexOf('}', open);
            if (close < 0)
            {
                problem = $"the '{{' at '{rest[open..]}' is never closed with '}}'";
                return null;
            }

            var name = rest[(open + 1)..close];
            if (!Names.Contains(name))
            {
                problem = $"'{{{name}}}' is not one of {string.Join(", ", Names.Select(n => "{" + n + "}"))}{Suggest.Hint(name, Names)}";
                return null;
            }

            parts.Add((name, true));
            rest = rest[(close + 1)..];
        }

        if (!parts.Contains(("slug", true)))
        {
            problem = $"'{text}' must contain {{slug}}, or articles would share a page";
            return null;
        }

        return new ArticlePathPattern(pattern, parts);
    }

    private static bool IsPathCharacter(char c) => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_' or '.' or '/';

}
