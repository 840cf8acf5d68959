namespace Broadsheet.Load;

/// <summary>A set of keys in front matter, in the order written; YAML has refused a key written twice.</summary>
public sealed record FrontMatterMapping(IReadOnlyList<KeyValuePair<FrontMatterNode, FrontMatterNode>> Entries, int Line, int Column)
    : FrontMatterNode(Line, Column)
{
    /// <summary>The front matter of a file that has none.</summary>
    public static FrontMatterMapping Empty { get; } = new([], 1, 1);

    /// <summary>The value of a key, however the key was quoted; null when there is no such key.</summary>
    public FrontMatterNode? Find(string key)
    {
        foreach (var (name, value) in Entries)
        {
            if (name is FrontMatterScalar scalar && scalar.Value == key)
            {
                return value;
            }
        }

        return null;
    }
}
