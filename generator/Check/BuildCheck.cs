using Broadsheet.Common;
using Broadsheet.Diagnostics;
using Broadsheet.Write;

namespace Broadsheet.Check;

/// <summary>
/// The Check stage of a build, from what Render noted of each page as it rendered it (<see cref="PageNotes"/>): no page
/// is read back. An incremental build keeps pages unrendered, which were not noted. When it started from the whole
/// previous output, which was checked, and no file went and no noted page's ids changed, the noted pages are all there is
/// to check; else links on kept pages may have broken, and every kept page is read and checked too. Each page's ids are
/// noted with the writer for the next build.
/// </summary>
public static class BuildCheck
{
    /// <param name="folder">The staging folder, from which a kept page is read when it must be.</param>
    /// <param name="fromWholePreviousOutput">Whether the build kept or rewrote every file the previous output had.</param>
    /// <param name="read">How a kept page is read (its output path in, its HTML out); from <paramref name="folder"/> when null.</param>
    public static CheckReport Run(
        PageNotes notes,
        string folder,
        OutputWriter writer,
        bool fromWholePreviousOutput,
        DiagnosticBag diagnostics,
        Func<string, string>? read = null)
    {
        read ??= page => File.ReadAllText(Path.Combine(folder, page));
        var files = writer.Files.Keys.ToHashSet(StringComparer.Ordinal);
        var hashes = IdsHashes(notes.Ids);
        if (!fromWholePreviousOutput || writer.Removed.Any() || hashes.Any(h => writer.IdsChanged(h.Key, h.Value)))
        {
            var kept = files.Where(f => PageNotes.IsPage(f) && !notes.Ids.ContainsKey(f)).Order(StringComparer.Ordinal).ToList();
            Parallel.ForEach(kept, page => notes.Note(page, read(page)));
        }

        var report = notes.Finish(files, read);
        foreach (var (page, ids) in report.Ids)
        {
            writer.SetIds(page, hashes.TryGetValue(page, out var hash) ? hash : IdsHash(ids));
        }

        foreach (var finding in notes.Diagnostics.Sorted())
        {
            diagnostics.Add(finding);
        }

        return report;
    }

    private static Dictionary<string, string> IdsHashes(IReadOnlyDictionary<string, IReadOnlySet<string>> ids) =>
        ids.ToDictionary(p => p.Key, p => IdsHash(p.Value), StringComparer.Ordinal);

    private static string IdsHash(IReadOnlySet<string> ids)
    {
        var fingerprint = new Fingerprint();
        foreach (var id in ids.Order(StringComparer.Ordinal))
        {
            fingerprint.Add(id);
        }

        return fingerprint.Hex();
    }
}
