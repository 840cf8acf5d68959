using System.Globalization;
using System.Text;

namespace Broadsheet.Import.Writing;

/// <summary>
/// <c>import-report.md</c>: counts by kind, where each field came from, the fidelity check (every article keeping under
/// 99 % of its source's words), and every warning with the post or file it concerns.
/// </summary>
public static class ImportReportWriter
{
    private static readonly FieldSource[] Sources = Enum.GetValues<FieldSource>();

    public static string Write(ImportOptions options, ImportLog log, string summary)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        var text = new StringBuilder();
        text.Append("# Import report\n\n");
        text.Append(CultureInfo.InvariantCulture, $"`broadsheet import {options.Kind} {Path.GetFileName(Path.TrimEndingDirectorySeparator(options.Input))}` into `{Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.Into)))}`: {summary}.\n\n");

        text.Append("## Counts\n\n| what | count |\n|---|---:|\n");
        foreach (var (kind, count) in log.Counts)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {kind} | {count:N0} |\n");
        }

        var fields = log.Fields;
        if (fields.Count > 0)
        {
            var used = Sources.Where(s => fields.Any(f => f.Source == s)).ToList();
            text.Append("\n## Where each field came from\n\n| field | ").Append(string.Join(" | ", used.Select(Name))).Append(" |\n|---|");
            text.Append(string.Concat(used.Select(_ => "---:|"))).Append('\n');
            foreach (var group in fields.GroupBy(f => f.Field, StringComparer.Ordinal))
            {
                text.Append("| ").Append(group.Key).Append(" | ");
                text.Append(string.Join(" | ", used.Select(s => group.Where(f => f.Source == s).Sum(f => f.Count).ToString("N0", CultureInfo.InvariantCulture))));
                text.Append(" |\n");
            }
        }

        Fidelity(text, log);
        var warnings = log.Warnings;
        text.Append(CultureInfo.InvariantCulture, $"\n## Warnings ({warnings.Count:N0})\n\n");
        if (warnings.Count == 0)
        {
            text.Append("None.\n");
        }

        foreach (var warning in warnings)
        {
            text.Append("- `").Append(warning.Subject).Append("`: ").Append(warning.Message).Append('\n');
        }

        return text.ToString();
    }

    private static void Fidelity(StringBuilder text, ImportLog log)
    {
        var (source, kept, checkedCount) = log.FidelityTotals;
        text.Append("\n## Fidelity\n\n");
        var share = source == 0 ? 100 : 100.0 * kept / source;
        text.Append(CultureInfo.InvariantCulture,
            $"Each article's body was rendered back from its Markdown and its words compared with the source's: {checkedCount:N0} articles, {kept:N0} of {source:N0} words kept ({share:0.00} %).\n");
        var (sourceImages, images, sourceLinks, links) = log.MediaTotals;
        text.Append(CultureInfo.InvariantCulture,
            $"Images: {images:N0} in the imported bodies, {sourceImages:N0} in the sources (lead images move to the front matter). Links: {links:N0} imported, {sourceLinks:N0} in the sources (footnotes add a link back each).\n\n");
        var low = log.LowFidelity;
        if (low.Count == 0)
        {
            text.Append("Every article kept at least 99 % of its words.\n");
            return;
        }

        text.Append("Articles that kept under 99 % of their words:\n\n| article | source | words | kept | images | links | words lost |\n|---|---|---:|---:|---|---|---|\n");
        foreach (var f in low)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"| {f.SitePath} | {f.Origin} | {f.SourceWords:N0} | {100 * f.Ratio:0.0} % | {f.Images} of {f.SourceImages} | {f.Links} of {f.SourceLinks} | {f.Missing} |\n");
        }
    }

    private static string Name(FieldSource source) => source switch
    {
        FieldSource.Export => "export",
        FieldSource.JsonLd => "JSON-LD",
        FieldSource.Meta => "meta",
        FieldSource.Selector => "selector",
        FieldSource.TitleElement => "title element",
        FieldSource.FrontMatter => "front matter",
        _ => "file name",
    };
}
