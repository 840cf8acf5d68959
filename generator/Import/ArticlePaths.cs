using System.Globalization;

namespace Broadsheet.Import;

/// <summary>Where an imported article goes in the source folder and on the built site.</summary>
public static class ArticlePaths
{
    /// <summary><c>articles/2014/10/slug.md</c>.</summary>
    public static string SourcePath(DateOnly date, string slug) =>
        $"articles/{date.ToString("yyyy", CultureInfo.InvariantCulture)}/{date.ToString("MM", CultureInfo.InvariantCulture)}/{slug}.md";

    /// <summary>The page the build makes of an article file: <c>articles/2014/10/slug.html</c>.</summary>
    public static string PagePath(string sourcePath) => Path.ChangeExtension(sourcePath, ".html").Replace('\\', '/');
}
