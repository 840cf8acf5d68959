namespace Broadsheet.Check;

/// <summary>What the Check stage looked at.</summary>
/// <param name="Ids">The ids of every page it read, by output path.</param>
public sealed record CheckReport(int Pages, int Links, IReadOnlyDictionary<string, IReadOnlySet<string>> Ids);
