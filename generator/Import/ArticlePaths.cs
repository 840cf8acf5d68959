using System.Globalization;

namespace Broadsheet.Import;

/// <summary>Where an imported article goes in the source folder and on the built site, and relative links between them.</summary>
public static class ArticlePaths
{
    /// <summary><c>articles/2014/10/slug.md</c>.</summary>
    public static string SourcePath(DateOnly date, string slug) =>
        $"articles/{date.ToString("yyyy", CultureInfo.InvariantCulture)}/{date.ToString("MM", CultureInfo.InvariantCulture)}/{slug}.md";

    /// <summary>The page the build makes of an article file: <c>articles/2014/10/slug.html</c>.</summary>
    public static string PagePath(string sourcePath) => Path.ChangeExtension(sourcePath, ".html").Replace('\\', '/');

    /// <summary>A link from the article at <paramref name="from"/> to the file at <paramref name="to"/>, both inside the source folder.</summary>
    public static string Relative(string from, string to)
    {
        var fromParts = from.Split('/')[..^1];
        var toParts = to.Split('/');
        var common = 0;
        while (common < fromParts.Length && common < toParts.Length - 1 && fromParts[common] == toParts[common])
        {
            common++;
        }

        var ups = Enumerable.Repeat("..", fromParts.Length - common);
        return string.Join('/', ups.Concat(toParts.Skip(common)));
    }
}
