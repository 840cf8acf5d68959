namespace Broadsheet.Graph;

/// <summary>
/// The orders a site graph worked out that depend only on the model's shape (<see cref="Cache.ModelProse"/>), by index in
/// <see cref="SiteGraph.ArticlesNewestFirst"/>: a later build of a model of the same shape takes them as they are
/// instead of ranking related articles and collating every title again.
/// </summary>
/// <param name="Related">Each article's related articles.</param>
/// <param name="ByTitle">The articles in A–Z order within each initial (the order of <see cref="SiteGraph.Letters"/>, read through).</param>
public sealed record GraphOrders(IReadOnlyList<int[]> Related, IReadOnlyList<int> ByTitle)
{
    /// <summary>Whether these are orders of <paramref name="count"/> articles: as many related lists, and a title order that is a permutation of them.</summary>
    public bool Fit(int count)
    {
        if (Related.Count != count || ByTitle.Count != count || Related.Any(r => r.Any(i => i < 0 || i >= count)))
        {
            return false;
        }

        var seen = new bool[count];
        foreach (var index in ByTitle)
        {
            if (index < 0 || index >= count || seen[index])
            {
                return false;
            }

            seen[index] = true;
        }

        return true;
    }
}
