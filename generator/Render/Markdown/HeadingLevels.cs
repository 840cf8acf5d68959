namespace Broadsheet.Render.Markdown;

/// <summary>
/// The levels a body's headings are given under the page's h1 title: moved together so the highest is an h2, then none
/// more than one level below the heading before it (the title counting as the h1 before the first), and none below h6.
/// Written from ### (or from #), intertitles would otherwise skip a level or repeat the title's, which the Nu Html Checker
/// reports as an error. The headings keep their order and their ids.
/// </summary>
public static class HeadingLevels
{
    /// <summary>The new level of each heading, in document order, from their levels as written.</summary>
    public static int[] Fix(IReadOnlyList<int> levels)
    {
        var fixedLevels = new int[levels.Count];
        if (levels.Count == 0)
        {
            return fixedLevels;
        }

        // A loop, not Enumerable.Min, whose vectorised code is compiled when first called (two milliseconds of an edit build).
        var highest = int.MaxValue;
        foreach (var level in levels)
        {
            highest = Math.Min(highest, level);
        }

        var shift = 2 - highest;
        var previous = 1;
        for (var i = 0; i < levels.Count; i++)
        {
            var level = Math.Min(Math.Min(levels[i] + shift, previous + 1), 6);
            fixedLevels[i] = level;
            previous = level;
        }

        return fixedLevels;
    }
}
