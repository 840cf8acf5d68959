namespace Broadsheet.Diagnostics;

/// <summary>Finds the nearest existing id for a "did you mean ...?" hint.</summary>
public static class Suggest
{
    /// <summary>The candidate closest to <paramref name="wrong"/>, if any is close enough to be a likely typo.</summary>
    public static string? Nearest(string wrong, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates.Order(StringComparer.Ordinal))
        {
            var distance = Distance(wrong.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        // More than a third of the word changed is not a typo but a different word.
        var allowed = Math.Max(2, wrong.Length / 3);
        return bestDistance <= allowed ? best : null;
    }

    /// <summary>"; did you mean 'x'?" or an empty string when nothing is close.</summary>
    public static string Hint(string wrong, IEnumerable<string> candidates) =>
        Nearest(wrong, candidates) is { } nearest ? $"; did you mean '{nearest}'?" : "";

    /// <summary>"; did you mean 'x'?", or when nothing is close, "; the {what} are a, b, c" in the order given.</summary>
    public static string HintOrList(string wrong, IReadOnlyCollection<string> candidates, string what) =>
        Hint(wrong, candidates) is { Length: > 0 } hint ? hint : $"; the {what} are {string.Join(", ", candidates)}";

    /// <summary>Optimal string alignment distance: Levenshtein plus swapped neighbours.</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
