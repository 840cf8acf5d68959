namespace Broadsheet.Model;

/// <summary>A section of the paper ("History"), in the order site.yml gives.</summary>
public sealed record Section(string Id, string Title, int Order);
