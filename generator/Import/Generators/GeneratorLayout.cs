using System.Globalization;
using System.Text.RegularExpressions;

namespace Broadsheet.Import.Generators;

/// <summary>
/// Where each generator keeps its posts and static files, and the address it gave a post: Jekyll's
/// <c>_posts/</c> with its permalink style, Hugo's <c>content/</c> by section, Eleventy's folders as they are.
/// </summary>
public sealed partial class GeneratorLayout(string kind, string root)
{
    private static readonly HashSet<string> EleventySkipped = new(StringComparer.OrdinalIgnoreCase) { "node_modules", "_site", "_includes", "_layouts", "_data", ".git" };

    private static readonly string[] JekyllFolders = ["_posts", "_drafts"];

    private readonly string? _jekyllPermalink = kind == "jekyll" ? JekyllPermalink(root) : null;

    public string Kind => kind;

    /// <summary>The Markdown files that may be posts, '/'-separated from the root, sorted.</summary>
    public List<string> ContentFiles()
    {
        IEnumerable<string> files = kind switch
        {
            "jekyll" => JekyllFolders.Select(f => Path.Combine(root, f)).Where(Directory.Exists)
                .SelectMany(f => Directory.EnumerateFiles(f, "*", SearchOption.AllDirectories)),
            "hugo" => Directory.Exists(Path.Combine(root, "content")) ? Directory.EnumerateFiles(Path.Combine(root, "content"), "*", SearchOption.AllDirectories) : [],
            _ => Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories),
        };
        return files
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => f.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase))
            .Where(f => kind != "eleventy" || !f.Split('/').Any(EleventySkipped.Contains))
            .Where(f => kind != "eleventy" || f.Contains('/', StringComparison.Ordinal) || !f.StartsWith("README", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Folders a root-relative address (<c>/images/x.jpg</c>) may be found in.</summary>
    public IEnumerable<string> StaticRoots() => kind == "hugo" ? [Path.Combine(root, "static"), Path.Combine(root, "assets")] : [root];

    /// <summary>Hugo's list pages (<c>_index.md</c>) are not posts.</summary>
    public bool IsListPage(string file) => kind == "hugo" && Path.GetFileName(file).Equals("_index.md", StringComparison.OrdinalIgnoreCase);

    public bool IsDraftFolder(string file) => kind == "jekyll" && file.StartsWith("_drafts/", StringComparison.Ordinal);

    /// <summary>The date a file's name gives (<c>2014-10-29-slug.md</c>) and the rest of the name.</summary>
    public static (DateOnly? Date, string Name) FromFileName(string file)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        if (name.Equals("index", StringComparison.OrdinalIgnoreCase) && Path.GetDirectoryName(file) is { Length: > 0 } folder)
        {
            name = Path.GetFileName(folder);
        }

        var match = DatedName().Match(name);
        return match.Success && DateOnly.TryParseExact(match.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? (date, match.Groups[2].Value)
            : (null, name);
    }

    /// <summary>The address the generator gave the post by default, for an alias.</summary>
    public string DefaultUrl(string file, DateOnly date, string slug, IReadOnlyList<string> categories)
    {
        switch (kind)
        {
            case "jekyll":
                var cats = string.Concat(categories.Select(c => "/" + Slugs.Of(c)).Where(c => c.Length > 1));
                return _jekyllPermalink!
                    .Replace(":categories", cats.TrimStart('/'), StringComparison.Ordinal)
                    .Replace(":year", date.ToString("yyyy", CultureInfo.InvariantCulture), StringComparison.Ordinal)
                    .Replace(":month", date.ToString("MM", CultureInfo.InvariantCulture), StringComparison.Ordinal)
                    .Replace(":day", date.ToString("dd", CultureInfo.InvariantCulture), StringComparison.Ordinal)
                    .Replace(":title", slug, StringComparison.Ordinal)
                    .Replace(":slug", slug, StringComparison.Ordinal)
                    .Replace(":output_ext", ".html", StringComparison.Ordinal)
                    .Replace("//", "/", StringComparison.Ordinal);
            case "hugo":
                var parts = file.Split('/');
                var section = parts.Length > 2 ? parts[1] + "/" : "";
                return $"/{section}{slug}/";
            default:
                var path = file[..file.LastIndexOf('.')];
                return "/" + (path.EndsWith("/index", StringComparison.OrdinalIgnoreCase) ? path[..^"index".Length] : path + "/");
        }
    }

    private static string JekyllPermalink(string root)
    {
        var config = Path.Combine(root, "_config.yml");
        var style = File.Exists(config) ? ConfigPermalink().Match(File.ReadAllText(config)) : Match.Empty;
        var value = style.Success ? style.Groups[1].Value.Trim().Trim('"', '\'') : "date";
        return value switch
        {
            "date" => "/:categories/:year/:month/:day/:title:output_ext",
            "pretty" => "/:categories/:year/:month/:day/:title/",
            "ordinal" or "weekdate" => "/:categories/:year/:month/:day/:title:output_ext",
            "none" => "/:categories/:title:output_ext",
            _ => value.StartsWith('/') ? value : "/" + value,
        };
    }

    [GeneratedRegex(@"^(\d{4}-\d{2}-\d{2})-(.+)$")]
    private static partial Regex DatedName();

    [GeneratedRegex(@"^permalink:\s*(\S+)\s*$", RegexOptions.Multiline)]
    private static partial Regex ConfigPermalink();
}
