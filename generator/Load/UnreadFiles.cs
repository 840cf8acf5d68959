using Broadsheet.Common;
using Broadsheet.Diagnostics;

namespace Broadsheet.Load;

/// <summary>
/// The files of a source folder that the build does not read, each a warning naming what to do: Markdown outside the
/// folders of content (a misspelt <c>article/</c>), a <c>.markdown</c> or <c>.txt</c> among the articles, a file in a
/// subfolder of <c>issues/</c>, an image among the articles. Nothing is left out without a word.
/// </summary>
public static class UnreadFiles
{
    private static readonly string[] ContentFolders = ["articles", "issues", "topics", "authors", "promos", "pages"];

    public static void Report(SourceListing listing, string workingFolder, DiagnosticBag diagnostics)
    {
        var articles = Path.Combine(listing.Root, "articles") + Path.DirectorySeparatorChar;
        foreach (var entry in listing.Entries.Where(e => !e.IsFolder))
        {
            // Most of an archive, and read: an article's Markdown (which Problem passes too, hidden or not).
            if (entry.FullPath.StartsWith(articles, StringComparison.Ordinal) && entry.FullPath.EndsWith(".md", StringComparison.Ordinal))
            {
                continue;
            }

            var sitePath = Path.GetRelativePath(listing.Root, entry.FullPath).Replace('\\', '/');
            if (Problem(sitePath) is { } problem)
            {
                diagnostics.Warning(SourceLocation.File(DisplayPath.Of(entry.FullPath, workingFolder)), $"this file is not read: {problem}");
            }
        }
    }

    /// <summary>Why the build passes over the file at this path of the source folder; null for a file it reads or publishes.</summary>
    public static string? Problem(string sitePath)
    {
        var parts = sitePath.Split('/');
        if (parts.Any(p => p.StartsWith('.')) || parts[0] is "static" or "templates" || sitePath == "site.yml")
        {
            return null;
        }

        var extension = Path.GetExtension(sitePath).ToLowerInvariant();
        var markdown = extension is ".md" or ".markdown" or ".mdown" or ".mkd" or ".txt";
        var stem = Path.GetFileNameWithoutExtension(sitePath);
        if (!ContentFolders.Contains(parts[0]))
        {
            return markdown
                ? $"Markdown is read from articles/, issues/, topics/, authors/, promos/ and pages/ only{Suggest.Hint(parts[0], ContentFolders)}"
                : "the build reads site.yml and the folders articles/, issues/, topics/, authors/, promos/, pages/, static/ and templates/; files to publish belong under static/";
        }

        if (extension == ".md")
        {
            return parts[0] != "articles" && parts.Length > 2
                ? $"{parts[0]}/ is read without its subfolders; move it to {parts[0]}/{parts[^1]}"
                : null;
        }

        return markdown
            ? $"only .md files are read; rename it to {stem}.md"
            : $"only .md files are read from {parts[0]}/; images and other files to publish belong under static/";
    }
}
