using Broadsheet.Common;
using Broadsheet.Diagnostics;
using Broadsheet.Render.Markdown;
using Broadsheet.Write;

namespace Broadsheet.Check;

/// <summary>
/// The Check stage of a build, on its staging folder. When the build started from the whole previous output, which
/// was checked, only the pages it wrote are read — unless a file went, or a rewritten page's ids changed: links on
/// unchanged pages may then have broken, and every page is read. Each page's ids are noted with the writer for the next build.
/// </summary>
public static class BuildCheck
{
    /// <param name="folder">The staging folder.</param>
    /// <param name="displayFolder">How messages name the output folder.</param>
    /// <param name="rootPath">The server path the site is deployed under (see <see cref="LinkChecker"/>).</param>
    /// <param name="fromWholePreviousOutput">Whether the build kept or rewrote every file the previous output had.</param>
    public static CheckReport Run(
        string folder,
        string displayFolder,
        string? rootPath,
        OutputWriter writer,
        bool fromWholePreviousOutput,
        LinkOrigins origins,
        DiagnosticBag diagnostics)
    {
        CheckReport Check(DiagnosticBag bag, Func<string, bool>? mustRead) =>
            new FolderChecker(bag).Check(folder, displayFolder, rootPath, origins.All, mustRead, writer.Files.Keys);

        if (fromWholePreviousOutput && !writer.Removed.Any())
        {
            // Its findings count only if no page it read has other ids than before; else every page is read.
            var fresh = writer.Fresh.Where(p => p.EndsWith(".html", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
            var findings = new DiagnosticBag();
            var partial = Check(findings, fresh.Contains);
            var hashes = IdsHashes(partial);
            if (!hashes.Any(h => writer.IdsChanged(h.Key, h.Value)))
            {
                foreach (var finding in findings.Sorted())
                {
                    diagnostics.Add(finding);
                }

                return Noted(partial, hashes);
            }
        }

        var report = Check(diagnostics, null);
        return Noted(report, IdsHashes(report));

        CheckReport Noted(CheckReport report, Dictionary<string, string> hashes)
        {
            foreach (var (page, hash) in hashes)
            {
                writer.SetIds(page, hash);
            }

            return report;
        }
    }

    private static Dictionary<string, string> IdsHashes(CheckReport report) =>
        report.Ids.ToDictionary(p => p.Key, p => IdsHash(p.Value), StringComparer.Ordinal);

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
