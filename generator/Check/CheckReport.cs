namespace Broadsheet.Check;

/// <summary>What the Check stage looked at.</summary>
public sealed record CheckReport(int Pages, int Links);
