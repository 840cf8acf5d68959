namespace Broadsheet.Load;

/// <summary>A YAML list in front matter.</summary>
public sealed record FrontMatterList(IReadOnlyList<FrontMatterNode> Items, int Line, int Column) : FrontMatterNode(Line, Column);
