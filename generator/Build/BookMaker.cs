using System.Collections.Concurrent;
using Broadsheet.Books;
using Broadsheet.Cache;
using Broadsheet.Graph;
using Broadsheet.Images;
using Broadsheet.Render;
using Broadsheet.Render.Markdown;
using Broadsheet.Write;

namespace Broadsheet.Build;

/// <summary>
/// Makes an issue's book from the HTML its articles' pages left in <paramref name="bodies"/> (dropped once it is made), or
/// keeps the previous output's when nothing it is made from changed.
/// </summary>
/// <param name="pages">Which of the last build's books this one keeps.</param>
/// <param name="stringsKey">The key of the theme's strings files (<see cref="TemplateKeys.Strings"/>), the books' words.</param>
/// <param name="staticFiles">The static files by size and time, which the books' images come from.</param>
public sealed class BookMaker(
    SiteGraph graph,
    Render.Strings.ThemeStrings strings,
    string stringsKey,
    OutputWriter writer,
    PageMemo pages,
    BodyKeys bodyKeys,
    string staticFiles,
    ConcurrentDictionary<ArticleNode, string> bodies,
    ImageWork images)
{
    private readonly EpubRenderer _epubs = new(graph, strings, photograph => images.FileOf(photograph, photograph.Epub));

    public void Make(IssueNode issue)
    {
        try
        {
            var path = OutputPath.EpubOf(issue.Issue);
            if (pages.KeepUnseen(path))
            {
                return;
            }

            var (fingerprint, sources) = EpubFingerprints.Of(graph.Site, issue, bodyKeys, staticFiles);
            if (pages.KeepSame(path, fingerprint, sources))
            {
                return;
            }

            var book = _epubs.Render(issue, article => bodies.TryGetValue(article, out var html) ? html : null);
            writer.WriteBytes(book.OutputPath, book.Bytes.Span, fingerprint, fingerprint is null ? null : sources, stringsKey);
        }
        finally
        {
            foreach (var article in issue.Sections.SelectMany(s => s.Articles))
            {
                bodies.TryRemove(article, out _);
            }
        }
    }
}
