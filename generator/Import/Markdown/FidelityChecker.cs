using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Broadsheet.Import.Markdown;

/// <summary>
/// Compares a source body with the imported Markdown rendered back: the words of each (letters and digits, in lower
/// case, as a multiset), and the images and links each holds.
/// </summary>
public static class FidelityChecker
{
    private static readonly HtmlParser Parser = new();

    public static Fidelity Check(ImportedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var source = Parse(article.SourceHtml);
        var imported = Parse(ImportMarkdown.ToHtml(article.Body));
        var sourceWords = Words(source);
        var importedWords = Words(imported);
        var kept = 0;
        var missing = new List<(string Word, int Count)>();
        foreach (var (word, count) in sourceWords)
        {
            var found = Math.Min(count, importedWords.GetValueOrDefault(word));
            kept += found;
            if (found < count)
            {
                missing.Add((word, count - found));
            }
        }

        return new Fidelity(
            article.Origin,
            article.SitePath,
            sourceWords.Values.Sum(),
            kept,
            source.QuerySelectorAll("img").Length,
            imported.QuerySelectorAll("img").Length,
            source.QuerySelectorAll("a[href]").Length,
            imported.QuerySelectorAll("a[href]").Length,
            string.Join(", ", missing.OrderByDescending(m => m.Count).ThenBy(m => m.Word, StringComparer.Ordinal).Take(8).Select(m => m.Word)));
    }

    private static IElement Parse(string html)
    {
        var document = Parser.ParseDocument("<!DOCTYPE html><html><body></body></html>");
        document.Body!.InnerHtml = html;
        foreach (var element in document.Body.QuerySelectorAll("script, style, template").ToList())
        {
            element.Remove();
        }

        return document.Body;
    }

    /// <summary>The text of a tree with a space around each element that is not a run of text (cells, items, paragraphs).</summary>
    private static void Collect(INode node, System.Text.StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText t)
            {
                text.Append(t.Data);
            }
            else if (child is IElement e)
            {
                var inline = e.LocalName is "a" or "em" or "strong" or "i" or "b" or "span" or "code" or "sup" or "sub" or "u" or "s" or "del" or "mark" or "small" or "abbr";
                if (!inline)
                {
                    text.Append(' ');
                }

                Collect(e, text);
                if (!inline)
                {
                    text.Append(' ');
                }
            }
        }
    }

    /// <summary>Each word (a run of letters and digits) with how often it occurs; alt texts count, as the reader sees them too.</summary>
    public static Dictionary<string, int> Words(IElement root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        var text = new System.Text.StringBuilder();
        Collect(root, text);
        Add(text.ToString());
        foreach (var image in root.QuerySelectorAll("img[alt]"))
        {
            Add(image.GetAttribute("alt")!);
        }

        return words;

        void Add(string text)
        {
            var start = -1;
            for (var i = 0; i <= text.Length; i++)
            {
                var letter = i < text.Length && char.IsLetterOrDigit(text[i]);
                if (letter && start < 0)
                {
                    start = i;
                }
                else if (!letter && start >= 0)
                {
                    var word = text[start..i].ToLowerInvariant();
                    words[word] = words.GetValueOrDefault(word) + 1;
                    start = -1;
                }
            }
        }
    }
}
