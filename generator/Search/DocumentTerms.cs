using System.Runtime.InteropServices;

namespace Broadsheet.Search;

/// <summary>The terms of one article while the index is built: for each, where it appears and its word positions.</summary>
/// <param name="withPositions">Whether word positions are kept; without them every term's list of positions stays empty.</param>
/// <param name="capacity">How many terms to make room for at once, so the dictionary is not grown step by step.</param>
internal sealed class DocumentTerms(bool withPositions = true, int capacity = 0)
{
    /// <summary>The positions of every term when none are kept; never added to.</summary>
    public static readonly List<int> NoPositions = [];

    public const int InTitle = 2;
    public const int InMeta = 1;

    public Dictionary<string, (int Code, List<int> Positions)> Terms { get; } = new(capacity, StringComparer.Ordinal);

    /// <summary>Words as written whose stem differs, with the stem.</summary>
    public Dictionary<string, string> Forms { get; } = new(StringComparer.Ordinal);

    public int BodyLength { get; set; }

    /// <summary>Records one occurrence: in the body it counts, elsewhere it marks the field.</summary>
    public void Add(string term, int field, int position)
    {
        // One lookup: the entry is changed where the dictionary holds it.
        ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(Terms, term, out var exists);
        if (!exists)
        {
            entry = (0, withPositions ? [] : NoPositions);
        }

        if (withPositions)
        {
            entry.Positions.Add(position);
        }

        entry.Code = field == 0 ? entry.Code + 4 : entry.Code | field;
    }
}
