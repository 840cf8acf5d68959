using System.Globalization;

namespace Broadsheet.Import;

/// <summary>Where an imported article goes in the source folder and on the built site.</summary>
public static class ArticlePaths
{
    /// <summary><c>articles/2014/10/slug.md</c>.</summary>
    public static string SourcePath(DateOnly date, string slug) =>
        $"articles/{date.ToString("yyyy", CultureInfo.InvariantCulture)}/{date.ToString("MM", CultureInfo.InvariantCulture)}/{slug}.md";

    /// <summary>
    /// <paramref name="slug"/> when no article file of that month is taken by it, else the first of slug-2, slug-3… that is
    /// free: two posts of one month with the same name both come in.
    /// </summary>
    /// <param name="isTaken">Whether an article source path is already planned.</param>
    public static string FreeSlug(DateOnly date, string slug, Func<string, bool> isTaken)
    {
        var free = slug;
        for (var n = 2; isTaken(SourcePath(date, free)); n++)
        {
            free = $"{slug}-{n.ToString(CultureInfo.InvariantCulture)}";
        }

        return free;
    }

    /// <summary>The page the build makes of an article file: <c>articles/2014/10/slug.html</c>.</summary>
    public static string PagePath(string sourcePath) => Path.ChangeExtension(sourcePath, ".html").Replace('\\', '/');
}
