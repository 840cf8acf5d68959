using Broadsheet.Common;
using Broadsheet.Model;

namespace Broadsheet.Cache;

/// <summary>
/// A model split in two: its shape — every record and value, each Markdown text counted by where it sits and whether it
/// is empty, and the static files by size and time — and its prose, the hash of each Markdown text by display path. Between two builds with the same shape, a
/// page's views can only differ through the Markdown texts it shows, so a page that shows none of the changed ones is
/// known unchanged without making its views.
/// </summary>
/// <param name="Shape">The fingerprint of the model with <see cref="MarkdownMode.Place"/>; empty for no model.</param>
/// <param name="Hashes">Each Markdown text's hash, by display path.</param>
public sealed record ModelProse(string Shape, IReadOnlyDictionary<string, string> Hashes)
{
    public static readonly ModelProse None = new("", new Dictionary<string, string>());

    /// <param name="staticFiles">The static files by size and time (<see cref="EpubFingerprints.StaticFiles"/>): an image is part of the books, and a changed one remakes them.</param>
    public static ModelProse Of(ArchiveModel model, string staticFiles)
    {
        var whole = new Fingerprint(MarkdownMode.Place).AddView(model with { Articles = [] }).Add(staticFiles);
        var hashes = new Dictionary<string, string>(whole.Prose, StringComparer.Ordinal);
        var articles = Common.ParallelMap.Ordered(model.Articles, a => new Fingerprint(MarkdownMode.Place).AddView(Unlinked(a)));
        foreach (var article in articles)
        {
            whole.Add(article.Hex());
            foreach (var (path, hash) in article.Prose)
            {
                hashes[path] = hash;
            }
        }

        return new ModelProse(whole.Hex(), hashes);
    }

    /// <summary>
    /// An article with its issue, section and topics named by id, as the model's own lists (and site.yml) hold them whole:
    /// walking them again for each of thousands of articles was most of the work. Authors stay, as a byline may name
    /// someone with no file of their own.
    /// </summary>
    private static UnlinkedArticle Unlinked(Article article) => new(
        article with { Issue = null, Section = null, Topics = [] },
        article.Issue?.Id,
        article.Section?.Id,
        article.Topics.Select(t => t.Id).ToList());

    private sealed record UnlinkedArticle(Article Article, string? Issue, string? Section, IReadOnlyList<string> Topics);

    /// <summary>Whether both are of a model, and of models alike in all but their prose.</summary>
    public bool SameShapeAs(ModelProse other) => Shape.Length > 0 && Shape == other.Shape;

    /// <summary>The Markdown texts whose content differs from <paramref name="before"/>'s, by display path; null when the shapes differ.</summary>
    public IReadOnlySet<string>? ChangedSince(ModelProse before)
    {
        if (!SameShapeAs(before))
        {
            return null;
        }

        return Hashes.Where(h => !before.Hashes.TryGetValue(h.Key, out var was) || was != h.Value)
            .Select(h => h.Key)
            .ToHashSet(StringComparer.Ordinal);
    }
}
