using Broadsheet.Model;

namespace Broadsheet.Graph;

/// <summary>The orders articles are listed in; each ends with the source path so ties never depend on input order.</summary>
public static class ArticleOrder
{
    /// <summary>Newest first, then by title, then by path.</summary>
    public static int NewestFirst(Article a, Article b)
    {
        var byDate = b.Date.CompareTo(a.Date);
        return byDate != 0 ? byDate : ByTitle(a, b);
    }

    /// <summary>
    /// An issue's section as the paper printed it: by <see cref="Article.Position"/>, those with none after those with one,
    /// and by title where positions are equal or missing.
    /// </summary>
    public static int InPrint(Article a, Article b)
    {
        var byPosition = (a.Position ?? int.MaxValue).CompareTo(b.Position ?? int.MaxValue);
        return byPosition != 0 ? byPosition : ByTitle(a, b);
    }

    /// <summary>By title, ignoring case, then by path.</summary>
    public static int ByTitle(Article a, Article b)
    {
        var byTitle = string.Compare(a.Title, b.Title, StringComparison.OrdinalIgnoreCase);
        return byTitle != 0 ? byTitle : string.CompareOrdinal(a.SourcePath, b.SourcePath);
    }
}
