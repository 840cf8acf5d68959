using Broadsheet.Diagnostics;

namespace Broadsheet;

/// <summary>What a successful build did: pages and files written, links checked, and any warnings.</summary>
public sealed record BuildResult(int Pages, int Files, int LinksChecked, IReadOnlyList<Diagnostic> Warnings);
