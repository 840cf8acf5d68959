using System.Text.RegularExpressions;

namespace Broadsheet.Import.Wordpress;

/// <summary>
/// A copy of <c>wp-content/uploads</c>: finds the file an upload's address names (a resized copy such as
/// <c>photo-300x200.jpg</c> resolves to its original) and where it goes under <c>static/uploads/</c>.
/// </summary>
public sealed partial class UploadsFolder(string root)
{
    private const string Marker = "/wp-content/uploads/";

    private readonly string _root = Path.GetFullPath(root);

    /// <summary>The path inside uploads that an address names (<c>2014/10/photo.jpg</c>), or null when it names none.</summary>
    public static string? RelativePathOf(string url)
    {
        var path = OldUrl.TryParse(url, out var uri) ? uri.AbsolutePath : url;
        var at = path.IndexOf(Marker, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }

        string relative;
        try
        {
            relative = Uri.UnescapeDataString(path[(at + Marker.Length)..]);
        }
        catch (UriFormatException)
        {
            return null;
        }

        var parts = relative.Split('/');
        return parts.Any(p => p is "" or "." or ".." || p.Contains('\\', StringComparison.Ordinal) || p.Any(char.IsControl)) ? null : relative;
    }

    /// <summary>The file for an upload's relative path: the original of a resized copy when there is one, else the copy itself.</summary>
    public string? Find(string relative, out string resolved)
    {
        ArgumentNullException.ThrowIfNull(relative);
        var resized = Resized().Match(relative);
        if (resized.Success)
        {
            var original = relative[..resized.Index] + resized.Groups[1].Value;
            if (File(original) is { } file)
            {
                resolved = original;
                return file;
            }
        }

        resolved = relative;
        return File(relative);
    }

    private string? File(string relative)
    {
        var full = Path.GetFullPath(Path.Combine(_root, relative));
        return full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && System.IO.File.Exists(full) ? full : null;
    }

    [GeneratedRegex(@"-\d{1,5}x\d{1,5}(\.[A-Za-z0-9]{2,5})$")]
    private static partial Regex Resized();
}
