using Broadsheet.Diagnostics;
using Broadsheet.Progress;

namespace Broadsheet;

/// <summary>What a successful build did: pages and files written, links checked, any warnings, and notes for the user.</summary>
public sealed record BuildResult(int Pages, int Files, int LinksChecked, IReadOnlyList<Diagnostic> Warnings, IReadOnlyList<string> Notes)
{
    public int Articles { get; init; }

    public int Issues { get; init; }

    public int Topics { get; init; }

    /// <summary>Pages not written again because nothing they show changed; always 0 on a full build.</summary>
    public int Skipped { get; init; }

    /// <summary>How long each stage took, in the order they ran.</summary>
    public IReadOnlyList<StageTiming> Timings { get; init; } = [];
}
