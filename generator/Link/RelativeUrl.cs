namespace Broadsheet.Link;

/// <summary>Makes the link from one output file to another: relative, naming a file, so it works from disk and under any sub-path.</summary>
public static class RelativeUrl
{
    /// <summary>The URL that leads from the page at <paramref name="fromPage"/> to <paramref name="toPath"/> (both output paths with '/').</summary>
    public static string Between(string fromPage, string toPath, string? fragment = null)
    {
        var from = fromPage.Split('/');
        var to = toPath.Split('/');
        var common = 0;
        while (common < from.Length - 1 && common < to.Length - 1 && from[common] == to[common])
        {
            common++;
        }

        var parts = new List<string>();
        for (var i = common; i < from.Length - 1; i++)
        {
            parts.Add("..");
        }

        for (var i = common; i < to.Length; i++)
        {
            parts.Add(Uri.EscapeDataString(to[i]));
        }

        var url = string.Join('/', parts);
        return string.IsNullOrEmpty(fragment) ? url : url + "#" + Uri.EscapeDataString(fragment);
    }

    /// <summary>The prefix that leads from a page back to the root of the site: "" or "../../".</summary>
    public static string ToRoot(string fromPage)
    {
        var depth = fromPage.Count(c => c == '/');
        return string.Concat(Enumerable.Repeat("../", depth));
    }
}
