using Broadsheet.Common;
using Broadsheet.Graph;
using Broadsheet.Model;
using Broadsheet.Render.Markdown;

namespace Broadsheet.Cache;

/// <summary>What an issue's EPUB is made from: the site, the issue, its articles with their bodies, and the static files its images come from.</summary>
public static class EpubFingerprints
{
    /// <summary>Every static file by path, size and time: an image changed anywhere remakes the books.</summary>
    public static string StaticFiles(IReadOnlyList<Load.StaticFile> files)
    {
        var fingerprint = new Fingerprint();
        foreach (var file in files)
        {
            var info = new FileInfo(file.FullPath);
            fingerprint.Add(file.SitePath).Add(info.Exists ? info.Length : -1).Add(info.Exists ? info.LastWriteTimeUtc.Ticks : 0);
        }

        return fingerprint.Hex();
    }

    /// <summary>
    /// The fingerprint of an issue's book, and the Markdown texts it holds (see <see cref="Fingerprint.Sources"/>); a null
    /// hash when a body's key is not known, and the book must be made.
    /// </summary>
    public static (string? Hex, IReadOnlyCollection<string> Sources) Of(Site site, IssueNode issue, BodyKeys bodies, string staticFiles)
    {
        var fingerprint = new Fingerprint(MarkdownMode.ContentAndSource).Add("epub").Add(staticFiles).AddView(site).AddView(issue.Issue).Add(issue.OutputPath);
        foreach (var group in issue.Sections)
        {
            fingerprint.AddView(group.Section);
            foreach (var node in group.Articles)
            {
                if (bodies.Of(node) is not { } body)
                {
                    return (null, []);
                }

                fingerprint.Add(node.OutputPath).AddView(node.Article).Add(body);
            }
        }

        return (fingerprint.Hex(), fingerprint.Sources);
    }
}
