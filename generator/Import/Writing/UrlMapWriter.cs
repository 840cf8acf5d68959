using System.Text;

namespace Broadsheet.Import.Writing;

/// <summary><c>import-url-map.csv</c>: each old address and the page of the site that replaces it, sorted.</summary>
public static class UrlMapWriter
{
    public static string Csv(IEnumerable<(string OldUrl, string NewPath)> entries)
    {
        var text = new StringBuilder("old_url,new_path\n");
        foreach (var (oldUrl, newPath) in entries.Distinct().OrderBy(e => e.OldUrl, StringComparer.Ordinal).ThenBy(e => e.NewPath, StringComparer.Ordinal))
        {
            text.Append(Field(oldUrl)).Append(',').Append(Field(newPath)).Append('\n');
        }

        return text.ToString();
    }

    private static string Field(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
