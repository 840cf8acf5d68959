using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Broadsheet.Import.Markdown;

/// <summary>Tables: a pipe table when every cell is one line of inline content under a header row; else the HTML, noted.</summary>
public sealed partial class HtmlToMarkdownConverter
{
    private string Table(IElement table, Footnotes footnotes)
    {
        var rows = table.QuerySelectorAll("tr").Where(r => r.Closest("table") == table).ToList();
        if (rows.Count == 0)
        {
            return "";
        }

        var header = rows[0];
        var headerCells = Cells(header);
        var fits = headerCells.Count > 0
            && headerCells.All(c => c.LocalName == "th")
            && table.QuerySelector("caption") is null
            && rows.All(r => Cells(r).All(c => c.ColumnSpan <= 1 && c.RowSpan <= 1 && !HoldsBlocks(c)))
            && rows.Skip(1).All(r => Cells(r).Count <= headerCells.Count)
            && !table.QuerySelectorAll("code, kbd, samp, tt").Any(c => c.TextContent.Contains('|', StringComparison.Ordinal));
        if (!fits)
        {
            Note("kept a table as HTML: its cells span rows or columns, hold blocks or code with '|', or it has no header row");
            return RawBlock(table, noted: true);
        }

        var lines = new List<string>
        {
            Row(headerCells.Select(c => Cell(c, footnotes)), headerCells.Count),
            "|" + string.Concat(headerCells.Select(c => Alignment(c) + "|")),
        };
        lines.AddRange(rows.Skip(1).Select(r => Row(Cells(r).Select(c => Cell(c, footnotes)), headerCells.Count)));
        return string.Join('\n', lines);
    }

    private static List<IHtmlTableCellElement> Cells(IElement row) => row.Children.OfType<IHtmlTableCellElement>().ToList();

    private static bool HoldsBlocks(IElement cell)
    {
        var blocks = cell.Descendants<IElement>().Where(IsBlock).ToList();
        return blocks.Count > 1 || (blocks.Count == 1 && blocks[0].LocalName != "p");
    }

    private string Cell(IElement cell, Footnotes footnotes)
    {
        var text = Inlines(cell.ChildNodes.SelectMany<INode, INode>(n => n is IElement { LocalName: "p" } p ? p.ChildNodes : [n]), new InlineContext(footnotes, InCell: true));
        return text.Length == 0 ? " " : text;
    }

    private static string Row(IEnumerable<string> cells, int count)
    {
        var list = cells.ToList();
        while (list.Count < count)
        {
            list.Add(" ");
        }

        return "| " + string.Join(" | ", list) + " |";
    }

    private static string Alignment(IElement cell)
    {
        var style = (cell.GetAttribute("style") ?? "").Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        var align = cell.GetAttribute("align")?.ToLowerInvariant();
        if (style.Contains("text-align:center", StringComparison.Ordinal) || align == "center")
        {
            return ":---:";
        }

        if (style.Contains("text-align:right", StringComparison.Ordinal) || align == "right")
        {
            return "---:";
        }

        return style.Contains("text-align:left", StringComparison.Ordinal) || align == "left" ? ":---" : "---";
    }
}
