using Broadsheet.Common;
using Broadsheet.Import.Generators;
using Broadsheet.Import.Html;
using Broadsheet.Import.Wordpress;
using Broadsheet.Import.Writing;

namespace Broadsheet.Import;

/// <summary>Runs an import of any kind: checks the options, reads the input, writes the source folder, the report and the maps.</summary>
public static class ArchiveImporter
{
    public static readonly string[] Kinds = ["wordpress", "html", "jekyll", "hugo", "eleventy"];

    /// <param name="onFile">Told of each file: "create", "update", "unchanged" or "keep", and its path.</param>
    public static ImportOutcome Run(ImportOptions options, IImportProgress progress, Action<string, string>? onFile = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        Check(options);
        var log = new ImportLog();
        var writer = new ImportWriter(options.Into, options.DryRun, options.Force, log, onFile);
        var session = new ImportSession(options, writer, log, progress);
        var site = options.Kind switch
        {
            "wordpress" => new WordpressImporter(session).Run(),
            "html" => new HtmlImporter(session).Run(),
            _ => new GeneratorImporter(session).Run(),
        };
        var summary = session.Finish(site);
        var report = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(options.Into).TrimEnd(Path.DirectorySeparatorChar))!, "import-report.md");
        return new ImportOutcome(summary, log, writer.Created, writer.Updated, writer.Unchanged, writer.Kept, DisplayPath.Of(report));
    }

    private static void Check(ImportOptions options)
    {
        if (!Kinds.Contains(options.Kind))
        {
            throw new ImportFailedException($"unknown kind of import '{options.Kind}'; choose {string.Join(", ", Kinds)}");
        }

        if (options.Redirects is { } redirects && !RedirectWriter.Kinds.Contains(redirects))
        {
            throw new ImportFailedException($"--redirects {redirects}: choose netlify, nginx or apache");
        }

        var input = Path.GetFullPath(options.Input);
        var into = Path.GetFullPath(options.Into);
        if (options.Kind == "wordpress" ? !File.Exists(input) : !Directory.Exists(input))
        {
            var what = options.Kind == "wordpress" ? "a WordPress export file (WXR)" : "a folder";
            throw new ImportFailedException($"{DisplayPath.Of(input)} does not exist; give {what}");
        }

        if (options.Kind != "wordpress" && (into + Path.DirectorySeparatorChar).StartsWith(input.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ImportFailedException($"--into {options.Into} is inside the folder being imported; choose a folder outside it");
        }

        if (File.Exists(into))
        {
            throw new ImportFailedException($"--into {options.Into} is a file; give a folder");
        }
    }
}
