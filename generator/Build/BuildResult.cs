using Broadsheet.Diagnostics;
using Broadsheet.Progress;

namespace Broadsheet.Build;

/// <summary>What a successful build did: pages and files written, links checked, any warnings, and notes for the user.</summary>
public sealed record BuildResult(int Pages, int Files, int LinksChecked, IReadOnlyList<Diagnostic> Warnings, IReadOnlyList<string> Notes)
{
    public int Articles { get; init; }

    public int Issues { get; init; }

    public int Topics { get; init; }

    /// <summary>Pages not written because the output already held them as they came out (or would have).</summary>
    public int Skipped { get; init; }

    /// <summary>
    /// Of <see cref="Skipped"/>, the pages kept without even making their views: the model had the shape it had before, and
    /// no Markdown text they show had changed.
    /// </summary>
    public int Unseen { get; init; }

    /// <summary>Files written, of <see cref="Files"/>; the others were kept from the previous output.</summary>
    public int FilesWritten { get; init; }

    /// <summary>Photographs whose derivatives this build made; the others' came from the image store.</summary>
    public int PhotographsMade { get; init; }

    /// <summary>True when nothing had changed since the last build, so the build stopped before reading the archive.</summary>
    public bool Unchanged { get; init; }

    /// <summary>How long each stage took, in the order they ran.</summary>
    public IReadOnlyList<StageTiming> Timings { get; init; } = [];
}
