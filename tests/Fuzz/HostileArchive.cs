using CsCheck;

namespace Broadsheet.Tests.Fuzz;

/// <summary>Generates small archives whose front matter and Markdown mix the ordinary with the hostile.</summary>
public static class HostileArchive
{
    private static readonly string[] Words =
    [
        "strike", "Tolpuddle", "café", "Жизнь", "1917", "union", "\u202Eevil", "e\u0301", "👷", "&amp;", "<b>", "</script>",
        "\"quoted\"", "'single'", "\\", "\u2028", "null", "~", "yes", "2024-13-45", "1921-02-30", "{x}", "[y]", ":", "#", "%",
        "../../etc/passwd", "javascript:alert(1)", "DATA:text/html,x", "&t", "*t", "!!str", "---", "...",
    ];

    private static readonly string[] Keys =
    [
        "title", "subtitle", "authors", "date", "issue", "section", "topics", "image", "image_alt", "image_caption",
        "summary", "slug", "aliases", "draft", "titel", "tags",
    ];

    private static readonly Gen<string> Word = Gen.OneOf(Gen.OneOf(Words), Gen.String[Gen.Char.AlphaNumeric, 1, 8]);

    private static readonly Gen<string> Text = Word.Array[1, 6].Select(w => string.Join(' ', w));

    /// <summary>A YAML value: plain, quoted, a list, a nested list, or something YAML may refuse.</summary>
    private static readonly Gen<string> Value = Gen.OneOf(
        Text,
        Text.Select(t => "\"" + t.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\""),
        Text.Array[0, 3].Select(a => "[" + string.Join(", ", a) + "]"),
        Gen.OneOf("2024-03-06", "2024-03-13", "2025-01-01", "news", "history", "strikes", "images/a.svg", "true", "false", "[strikes, housing]"),
        Gen.OneOf("&a x", "*a", "!!binary aGk=", "{a: 1}", "[[[]]]", "|\n  block", ">\n  folded", "\"unclosed", "- a\n- b"));

    private static readonly Gen<string> FrontMatterLine = Gen.Select(Gen.OneOf(Keys), Value, (k, v) => $"{k}: {v}");

    private static readonly Gen<string> Block = Gen.OneOf(
        Text,
        Text.Select(t => "## " + t),
        Text.Select(t => "> " + t),
        Text.Select(t => "- " + t + "\n- " + t),
        Gen.Select(Text, Gen.OneOf("other.md", "../02/nothing.md", "/images/a.svg", "#part", "https://example.org/x", "javascript:alert(1)", "data:x", "mailto:a@b.c", "images/a.svg", "../../../static/images/a.svg", "<x>", "file.md#frag"), (t, u) => $"[{t}]({u})"),
        Gen.Select(Text, Gen.OneOf("/images/a.svg", "missing.png", "../../../static/images/a.svg"), (t, u) => $"![{t}]({u})"),
        Gen.OneOf("| a | b |\n| --- | --- |\n| 1 | 2 |", "Text[^1]\n\n[^1]: Note.", "```\nunclosed fence", "<div onclick=\"x\">raw</div>", "<script>alert(1)</script>", "***", "<javascript:alert(1)>"),
        Gen.Int[1, 400].Select(n => new string('>', n) + " deep"),
        Gen.Int[1, 300].Select(n => string.Concat(Enumerable.Repeat("[", n)) + "x" + string.Concat(Enumerable.Repeat("]", n))));

    /// <summary>One article file: front matter lines (the title usually there), then a body of blocks.</summary>
    public static readonly Gen<string> Article = Gen.Select(
        Gen.Bool,
        Text,
        FrontMatterLine.Array[0, 8],
        Block.Array[0, 8],
        Gen.Int[0, 9],
        (withTitle, title, lines, blocks, shape) =>
        {
            var frontMatter = (withTitle ? $"title: \"{title.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "'", StringComparison.Ordinal)}\"\n" : "") + string.Join('\n', lines);
            var body = string.Join("\n\n", blocks) + "\n";
            return shape switch
            {
                0 => body,                                       // no front matter at all
                1 => $"---\n{frontMatter}\n{body}",              // never closed
                2 => $"\uFEFF---\r\n{frontMatter.Replace("\n", "\r\n", StringComparison.Ordinal)}\r\n---\r\n{body}",
                _ => $"---\n{frontMatter}\n---\n{body}",
            };
        });

    /// <summary>
    /// A well-formed article whose text is still hostile: markup, quotes, scripts and odd Unicode in every value,
    /// links only to targets that exist. Builds of these must succeed, escaping everything.
    /// </summary>
    public static readonly Gen<string> WellFormedArticle = Gen.Select(
        Text,
        Text,
        Gen.OneOf("2024-03-06", "2024-03-13"),
        Gen.OneOf("news", "history"),
        Gen.OneOf("[]", "[strikes]", "[strikes, housing]", "housing"),
        Gen.Select(Text, Gen.OneOf("other.md", "/images/a.svg", "https://example.org/x", "mailto:a@b.c", "../../../static/images/a.svg"), (t, u) => $"[{t}]({u})")
            .Array[0, 3],
        Gen.OneOf(Text, Text.Select(t => "> " + t), Gen.OneOf("| a | b |\n| --- | --- |\n| 1 | 2 |", "Text[^1]\n\n[^1]: Note.", "<div class=\"x\">raw</div>")).Array[0, 4],
        (title, subtitle, issue, section, topics, links, blocks) =>
            $"---\ntitle: {Quote(title)}\nsubtitle: {Quote(subtitle)}\nauthors: [{Quote(subtitle)}]\nissue: {issue}\nsection: {section}\ntopics: {topics}\n---\n"
            + string.Join("\n\n", links.Concat(blocks)) + "\n");

    /// <summary>An archive: a fixed site, issues and topics, and a few generated articles in two months, mostly well-formed.</summary>
    public static readonly Gen<string[]> Articles = Gen.Frequency((6, WellFormedArticle), (1, Article)).Array[1, 4];

    private static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\u2028", "\\L", StringComparison.Ordinal) + "\"";

    public static void Write(string root, string[] articles)
    {
        Directory.CreateDirectory(Path.Combine(root, "issues"));
        Directory.CreateDirectory(Path.Combine(root, "topics"));
        Directory.CreateDirectory(Path.Combine(root, "static", "images"));
        File.WriteAllText(Path.Combine(root, "site.yml"), "title: Fuzz\nsections:\n  - id: news\n    title: News\n  - id: history\n    title: History\n");
        File.WriteAllText(Path.Combine(root, "issues", "2024-03-06.md"), "---\ntitle: Issue 1\ndate: 2024-03-06\nnumber: 1\n---\n");
        File.WriteAllText(Path.Combine(root, "issues", "2024-03-13.md"), "---\ntitle: Issue 2\ndate: 2024-03-13\nnumber: 2\n---\n");
        File.WriteAllText(Path.Combine(root, "topics", "strikes.md"), "---\ntitle: Strikes\n---\n");
        File.WriteAllText(Path.Combine(root, "topics", "housing.md"), "---\ntitle: Housing\n---\n");
        File.WriteAllText(Path.Combine(root, "static", "images", "a.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        for (var i = 0; i < articles.Length; i++)
        {
            var folder = Path.Combine(root, "articles", "2024", i % 2 == 0 ? "03" : "02");
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, i == 0 ? "other.md" : $"article-{i}.md"), articles[i]);
        }
    }
}
