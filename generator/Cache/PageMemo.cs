using Broadsheet.Write;

namespace Broadsheet.Cache;

/// <summary>
/// The last build's pages and books, as this build may keep them: unseen, without making their views, when the model kept
/// its shape and none of the Markdown texts they show changed; or by fingerprint, when what their templates see is what
/// they saw then. A page the last build warned about is made again, so that its warnings are given again.
/// </summary>
public sealed class PageMemo
{
    private readonly OutputWriter _writer;
    private readonly IReadOnlySet<string>? _changedProse;
    private readonly IReadOnlySet<string> _warned;

    /// <param name="changedProse">The Markdown texts changed since the last build; null when the model changed shape.</param>
    /// <param name="warned">The pages the last build warned about (<see cref="Diagnostics.PageWarnings"/>).</param>
    internal PageMemo(OutputWriter writer, IReadOnlySet<string>? changedProse, IReadOnlySet<string> warned)
    {
        _writer = writer;
        _changedProse = changedProse;
        _warned = warned;
    }

    /// <summary>Keeps the file as the last build left it if nothing it shows can have changed; false when it must be looked at.</summary>
    public bool KeepUnseen(string outputPath)
    {
        if (_changedProse is null
            || _warned.Contains(outputPath)
            || _writer.Previous(outputPath) is not { Fingerprint: not null, Sources: { } sources }
            || ShowsChanged(sources, _changedProse))
        {
            return false;
        }

        _writer.Keep(outputPath);
        return true;
    }

    /// <summary>
    /// Whether the last build left this file with a fingerprint to compare (<see cref="KeepSame"/>); when not, the file is
    /// made, and its fingerprint need only be made once, for the next build.
    /// </summary>
    public bool MayKeep(string outputPath) => !_warned.Contains(outputPath) && _writer.Previous(outputPath)?.Fingerprint is not null;

    /// <summary>Keeps the file as the last build left it if that was made from inputs with this fingerprint; false when it must be made.</summary>
    /// <param name="sources">The Markdown texts the fingerprint holds, noted for the next build.</param>
    public bool KeepSame(string outputPath, string? fingerprint, IReadOnlyCollection<string> sources)
    {
        if (fingerprint is null || !MayKeep(outputPath) || _writer.Previous(outputPath)!.Fingerprint != fingerprint)
        {
            return false;
        }

        _writer.Keep(outputPath, sources);
        return true;
    }

    /// <summary>A loop, not <c>Any</c> with the set's method: a delegate to an interface's method costs more to make than the look-ups, on every page.</summary>
    private static bool ShowsChanged(IReadOnlyCollection<string> sources, IReadOnlySet<string> changed)
    {
        foreach (var source in sources)
        {
            if (changed.Contains(source))
            {
                return true;
            }
        }

        return false;
    }
}
