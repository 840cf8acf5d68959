using Broadsheet.Diagnostics;

namespace Broadsheet;

/// <summary>What a successful build did: pages and files written, links checked, any warnings, and notes for the user.</summary>
public sealed record BuildResult(int Pages, int Files, int LinksChecked, IReadOnlyList<Diagnostic> Warnings, IReadOnlyList<string> Notes);
