using Broadsheet.Common;
using Broadsheet.Load;
using Broadsheet.Model;

namespace Broadsheet.Cache;

/// <summary>
/// A model split in two: its shape — every record and value, each Markdown text counted by where it sits and whether it
/// is empty, and the static files by size and time — and its prose, the hash of each Markdown text by its source (<see cref="MarkdownText.Source"/>). Between two builds with the same shape, a
/// page's views can only differ through the Markdown texts it shows, so a page that shows none of the changed ones is
/// known unchanged without making its views.
/// </summary>
/// <param name="Shape">The fingerprint of the model with <see cref="MarkdownMode.Place"/>; empty for no model.</param>
/// <param name="Hashes">Each Markdown text's hash, by its source.</param>
public sealed record ModelProse(string Shape, IReadOnlyDictionary<string, string> Hashes)
{
    public static readonly ModelProse None = new("", new Dictionary<string, string>());

    private static readonly IReadOnlyDictionary<string, ArticlePrint> NoArticles = new Dictionary<string, ArticlePrint>();

    /// <summary>The fingerprint of all but the articles: the site, issues, topics, authors and the other lists, and the static files.</summary>
    public string Context { get; init; } = "";

    /// <summary>
    /// Each article's own fingerprint, by its body's source, with the stamp its file had: with the same stamp and
    /// the same <see cref="Context"/>, the article is the same record, and its fingerprint is taken rather than walked again.
    /// </summary>
    public IReadOnlyDictionary<string, ArticlePrint> Articles { get; init; } = NoArticles;

    /// <param name="staticFiles">The static files by size and time (<see cref="EpubFingerprints.StaticFiles"/>): an image is part of the books, and a changed one remakes them.</param>
    /// <param name="before">The last build's, whose articles' fingerprints are taken where their files did not change.</param>
    /// <param name="stamps">The stamp of each article file whose parse the loader kept, by source path: any other is walked, and not remembered.</param>
    public static ModelProse Of(ArchiveModel model, string staticFiles, ModelProse? before = null, IReadOnlyDictionary<string, SourceCacheEntry>? stamps = null)
    {
        var context = new Fingerprint(MarkdownMode.Place).AddView(model with { Articles = [] }).Add(staticFiles);
        var contextHex = context.Hex();
        var known = before is not null && before.Context == contextHex ? before.Articles : NoArticles;
        var hashes = new Dictionary<string, string>(context.Prose, StringComparer.Ordinal);
        var whole = new Fingerprint().Add(contextHex);
        var articles = new Dictionary<string, ArticlePrint>(StringComparer.Ordinal);
        var prints = ParallelMap.Ordered(model.Articles, a => PrintOf(a, stamps?.GetValueOrDefault(a.SourcePath)?.Stamp, known));
        for (var i = 0; i < prints.Length; i++)
        {
            var (fingerprint, print, prose) = prints[i];
            var body = model.Articles[i].Body;
            whole.Add(fingerprint);
            if (prose is null)
            {
                // An article's one Markdown text is its body: bylines name authors, whose records are in the context.
                hashes[body.Source] = body.Hash;
            }
            else
            {
                foreach (var (path, hash) in prose)
                {
                    hashes[path] = hash;
                }
            }

            if (print is not null)
            {
                articles[body.Source] = print;
            }
        }

        return new ModelProse(whole.Hex(), hashes) { Context = contextHex, Articles = articles };
    }

    /// <summary>
    /// The article's fingerprint as the last build left it, when its file kept its stamp; else walked, with its prose. The
    /// print to remember is null for a file whose stamp is not known.
    /// </summary>
    private static (string Fingerprint, ArticlePrint? Print, IReadOnlyDictionary<string, string>? Prose) PrintOf(Article article, FileStamp? stamp, IReadOnlyDictionary<string, ArticlePrint> known)
    {
        if (stamp is { } kept && known.TryGetValue(article.Body.Source, out var print) && print.Stamp == kept)
        {
            return (print.Fingerprint, print, null);
        }

        var walked = new Fingerprint(MarkdownMode.Place).AddView(Unlinked(article));
        var hex = walked.Hex();
        return (hex, stamp is { } fileStamp ? new ArticlePrint(fileStamp, hex) : null, walked.Prose);
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

    /// <summary>The Markdown texts whose content differs from <paramref name="before"/>'s, by source; null when the shapes differ.</summary>
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

/// <summary>An article's fingerprint in a <see cref="ModelProse"/>, and the stamp its file had.</summary>
public sealed record ArticlePrint(FileStamp Stamp, string Fingerprint);
