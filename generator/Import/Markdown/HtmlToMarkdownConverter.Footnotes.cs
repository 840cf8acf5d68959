using System.Globalization;
using AngleSharp.Dom;

namespace Broadsheet.Import.Markdown;

/// <summary>
/// Footnotes: a superscript link to an item of a numbered list in the same body (Markdig's, WordPress's and most CMSs'
/// markup) becomes <c>[^n]</c>, and the list becomes the definitions at the end, without their back-links.
/// </summary>
public sealed partial class HtmlToMarkdownConverter
{
    private sealed class Footnotes
    {
        private readonly Dictionary<IElement, string> _references = [];
        private readonly Dictionary<IElement, string> _items = [];
        private readonly HashSet<IElement> _lists = [];

        public static readonly Footnotes None = new();

        public IEnumerable<(string Label, IElement Item)> Items =>
            _items.Select(p => (p.Value, p.Key)).OrderBy(p => int.Parse(p.Value, CultureInfo.InvariantCulture));

        public HashSet<string> ReferenceIds { get; } = new(StringComparer.Ordinal);

        public bool IsList(IElement element) => _lists.Contains(element);

        public string? LabelOfReference(IElement element) => _references.GetValueOrDefault(element);

        public void Add(IElement reference, IElement item)
        {
            if (!_items.TryGetValue(item, out var label))
            {
                label = (_items.Count + 1).ToString(CultureInfo.InvariantCulture);
                _items[item] = label;
            }

            _references[reference] = label;
            foreach (var id in new[] { reference.Id, reference.ParentElement?.Id, reference.QuerySelector("a")?.Id })
            {
                if (!string.IsNullOrEmpty(id))
                {
                    ReferenceIds.Add(id);
                }
            }
        }

        public void AddList(IElement list) => _lists.Add(list);

        public bool IsItem(IElement element) => _items.ContainsKey(element);
    }

    private static Footnotes FindFootnotes(IElement root)
    {
        var byId = new Dictionary<string, IElement>(StringComparer.Ordinal);
        foreach (var element in root.Descendants<IElement>())
        {
            if (!string.IsNullOrEmpty(element.Id))
            {
                byId.TryAdd(element.Id, element);
            }
        }

        var footnotes = new Footnotes();
        foreach (var link in root.Descendants<IElement>().Where(e => e.LocalName == "a").ToList())
        {
            var href = link.GetAttribute("href");
            if (href is null || href.Length < 2 || href[0] != '#' || !byId.TryGetValue(Uri.UnescapeDataString(href[1..]), out var target)
                || target.LocalName != "li" || target.ParentElement?.LocalName != "ol")
            {
                continue;
            }

            var inSup = link.ParentElement is { LocalName: "sup" } sup && sup.Children.Length == 1 && sup.TextContent.Trim() == link.TextContent.Trim();
            var holdsSup = link.Children.Length == 1 && link.Children[0].LocalName == "sup";
            if (target.Contains(link) || !(inSup || holdsSup || link.ClassList.Contains("footnote-ref")))
            {
                continue;
            }

            footnotes.Add(inSup ? link.ParentElement! : link, target);
        }

        foreach (var list in root.Descendants<IElement>().Where(e => e.LocalName == "ol"))
        {
            var items = list.Children.Where(c => c.LocalName == "li").ToList();
            if (items.Count > 0 && items.All(footnotes.IsItem))
            {
                footnotes.AddList(list);
            }
        }

        return footnotes;
    }

    private IEnumerable<string> FootnoteDefinitions(Footnotes footnotes)
    {
        foreach (var (label, item) in footnotes.Items.ToList())
        {
            foreach (var back in item.Descendants<IElement>().Where(e => IsBackLink(e, footnotes)).ToList())
            {
                back.Remove();
            }

            var content = string.Join("\n\n", Blocks(item, Footnotes.None).Where(b => b.Length > 0));
            var lines = content.Split('\n');
            yield return $"[^{label}]: " + lines[0] + string.Concat(lines.Skip(1).Select(l => "\n" + (l.Length == 0 ? "" : "    " + l)));
        }
    }

    private static bool IsBackLink(IElement element, Footnotes footnotes)
    {
        if (element.LocalName != "a")
        {
            return false;
        }

        var href = element.GetAttribute("href") ?? "";
        var text = element.TextContent.Trim();
        return element.ClassList.Contains("footnote-back-ref") || element.ClassList.Contains("footnote-backref")
            || (href.StartsWith('#') && footnotes.ReferenceIds.Contains(Uri.UnescapeDataString(href[1..])))
            || (href.StartsWith('#') && text is "↩" or "↩︎" or "↑" or "^");
    }
}
