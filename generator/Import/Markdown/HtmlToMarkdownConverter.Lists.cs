using System.Globalization;
using AngleSharp.Dom;

namespace Broadsheet.Import.Markdown;

/// <summary>Bulleted and numbered lists, nested to any depth, tight or loose as the HTML has them.</summary>
public sealed partial class HtmlToMarkdownConverter
{
    private string List(IElement list, Footnotes footnotes)
    {
        var ordered = list.LocalName == "ol";
        var start = ordered && int.TryParse(list.GetAttribute("start"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) && s >= 0 ? s : 1;

        // Two lists in a row would read back as one: the second takes the other bullet or delimiter.
        var previous = list.PreviousElementSibling;
        var alternate = previous is not null && previous.LocalName == list.LocalName;
        var bullet = alternate ? "*" : "-";
        var delimiter = alternate ? ")" : ".";
        var items = list.Children.Where(c => c.LocalName == "li").ToList();
        var loose = items.Any(i => i.Children.Any(c => c.LocalName == "p"));
        var written = new List<string>();
        for (var i = 0; i < items.Count; i++)
        {
            var marker = ordered ? (start + i).ToString(CultureInfo.InvariantCulture) + delimiter : bullet;
            var blocks = Blocks(items[i], footnotes).Where(b => b.Length > 0).ToList();
            var content = string.Join(loose ? "\n\n" : "\n", blocks);
            if (content.Length == 0)
            {
                written.Add(marker);
                continue;
            }

            var indent = new string(' ', marker.Length + 1);
            var lines = content.Split('\n');
            written.Add(marker + " " + lines[0] + string.Concat(lines.Skip(1).Select(l => "\n" + (l.Length == 0 ? "" : indent + l))));
        }

        return string.Join(loose ? "\n\n" : "\n", written);
    }
}
