using System.Collections.Concurrent;
using Broadsheet.Common;
using Broadsheet.Diagnostics;
using Broadsheet.Load;

namespace Broadsheet.Model;

/// <summary>Validates an article's front matter and resolves its issue, section, topics, authors and image.</summary>
public sealed class ArticleValidator
{
    private readonly References _references;
    private readonly DiagnosticBag _diagnostics;
    private readonly ConcurrentDictionary<string, byte[]?> _checked = ConcurrentTable.ByString<byte[]?>(0);

    public ArticleValidator(References references, DiagnosticBag diagnostics)
    {
        _references = references;
        _diagnostics = diagnostics;
    }

    /// <summary>
    /// What each article validated on this build, rather than restored, left for the next: its record when it had
    /// nothing to say about it, else null.
    /// </summary>
    public IReadOnlyDictionary<string, byte[]?> Checked => _checked;

    /// <summary>The article the file holds; null when it has errors, which are told. One validated before without a word to say is restored (<see cref="ArticleRecord"/>).</summary>
    public Article? Validate(ParsedSource file)
    {
        if (file.Checked is { } record && ArticleRecord.Restore(record, file, _references) is { } restored)
        {
            return restored;
        }

        var diagnostics = new DiagnosticBag();
        var article = Validate(file, diagnostics, out var ownDate);
        var said = diagnostics.Sorted();
        foreach (var diagnostic in said)
        {
            _diagnostics.Add(diagnostic);
        }

        _checked[file.SitePath] = article is not null && said.Count == 0 ? ArticleRecord.Of(article, ownDate) : null;
        return article;
    }

    private Article? Validate(ParsedSource file, DiagnosticBag diagnostics, out bool ownDate)
    {
        ownDate = false;
        if (FrontMatterReader.For(file, diagnostics) is not { } reader)
        {
            return null;
        }

        // Headlines and standfirsts are set as the body is, with curled quotes and proper dashes.
        var title = reader.Typeset("title", required: true);
        var subtitle = reader.Typeset("subtitle");
        var authors = reader.TextList("authors").Select(a => ResolveAuthor(a.Value)).DistinctBy(a => a.Id).ToArray();
        var issue = Resolve(reader, "issue", "issue", _references.Issues, "the files in issues/", _references.FailedIssues);
        var section = Resolve(reader, "section", "section", _references.Sections, "the sections of site.yml");
        var topics = ResolveTopics(reader);
        var ownDateGiven = reader.Date("date");
        var date = ownDateGiven ?? issue?.Date;
        var image = ArticleImage.Read(reader, _references.StaticFiles, withCaption: true);
        var audio = AudioReference.Check(reader, "audio", _references.StaticFiles);
        var summary = reader.Typeset("summary");
        var slug = Slug(reader, file);
        var aliases = Aliases(reader);
        var draft = reader.Flag("draft");
        var position = Position(reader);
        var related = RelatedLinksReader.Read(reader, file.FrontMatter!, file.SitePath, _references.ArticlePaths);
        reader.WarnAboutUnknownKeys();

        if (reader.Has("issue") && issue is not null && !reader.Has("section"))
        {
            reader.Error("issue", "an article in an issue needs a 'section'; add 'section: ...' with an id from site.yml");
        }

        if (date is null && !reader.Has("issue") && !reader.Has("date"))
        {
            reader.Error(reader.Start, "a web-only article (no 'issue') needs a 'date'; add 'date: YYYY-MM-DD'");
        }

        if (reader.HasErrors || title is null || date is null || slug is null)
        {
            return null;
        }

        ownDate = ownDateGiven is not null;
        if (!draft && (file.Body.IsEmpty || ArticlePlaceholder.IsAllOf(file.Body)))
        {
            diagnostics.Warning(
                new SourceLocation(file.DisplayPath, file.Body.FirstLine, 1),
                file.Body.IsEmpty
                    ? "the article has no text below its front matter; write its body, or mark it 'draft: true' until it is ready"
                    : "the article still holds only the note 'broadsheet new' left for its body; write the article in its place, or mark it 'draft: true' until it is ready");
        }

        return new Article(
            file.SitePath,
            file.DisplayPath,
            title,
            subtitle,
            authors,
            date.Value,
            issue,
            section,
            Held(topics),
            image,
            summary,
            slug,
            Held(aliases),
            draft,
            new MarkdownText(file.Body, file.DisplayPath, file.SitePath, file.ReadBody),
            position)
        {
            Audio = audio,
            Related = Held(related),
        };
    }

    /// <summary>A list as the model holds it to the end of the build: an array, and the one empty array when empty (most articles have no aliases or picks).</summary>
    private static T[] Held<T>(List<T> list) => list.Count == 0 ? [] : list.ToArray();

    /// <summary>The article's place in its section of the issue: a whole number from 1, meaningful only in an issue.</summary>
    private static int? Position(FrontMatterReader reader)
    {
        var position = reader.WholeNumber("position");
        if (position is null)
        {
            return null;
        }

        if (position < 1)
        {
            reader.Error("position", $"'position' is the article's place in its section of the issue, from 1; {position} is not");
            return null;
        }

        if (!reader.Has("issue"))
        {
            reader.Warning("position", "'position' orders an article within its issue, and this article has no 'issue'; it is ignored");
        }

        return position;
    }

    private Author ResolveAuthor(string name)
    {
        var id = Ids.Slugify(name);
        return _references.Authors.TryGetValue(id, out var known) ? known : new Author(id, name, null);
    }

    /// <param name="failed">Ids whose own files have errors, with those files: named, rather than the id called unknown.</param>
    private static T? Resolve<T>(
        FrontMatterReader reader,
        string key,
        string what,
        IReadOnlyDictionary<string, T> known,
        string where,
        IReadOnlyDictionary<string, string>? failed = null)
        where T : class
    {
        var id = reader.Text(key);
        if (id is null)
        {
            return null;
        }

        if (known.TryGetValue(id, out var found))
        {
            return found;
        }

        reader.Error(key, ReferenceList.Unknown(what, id, known.Keys, _ => $"; it must be one of {where}", failed));
        return null;
    }

    private List<Topic> ResolveTopics(FrontMatterReader reader) =>
        ReferenceList.Resolve(reader, "topics", "topic", _references.Topics, id => $"; add topics/{id}.md to create it", _references.FailedTopics);

    private static List<LegacyUrl> Aliases(FrontMatterReader reader)
    {
        var aliases = new List<LegacyUrl>();
        foreach (var (written, location) in reader.TextList("aliases"))
        {
            if (LegacyUrl.OutputPathOf(written, out var problem) is { } path)
            {
                aliases.Add(new LegacyUrl(written, path, location));
            }
            else
            {
                reader.Error(location, $"alias '{written}': {problem}");
            }
        }

        return aliases;
    }

    private static string? Slug(FrontMatterReader reader, ParsedSource file)
    {
        var explicitSlug = reader.Text("slug");
        if (explicitSlug is null)
        {
            var name = Ids.FromFileName(file.SitePath);
            if (Ids.IsValid(name))
            {
                return name;
            }

            var fromName = Ids.Slugify(name);
            if (fromName.Length == 0)
            {
                reader.Error("slug", "the file name has no letters or digits to make a URL from; add 'slug: ...'");
                return null;
            }

            // The page's address comes from the file's name: one that is not already an address would be changed silently.
            reader.Error(
                reader.Start,
                $"the file name '{name}' is not a valid slug: use lowercase letters, digits and hyphens; rename it to '{fromName}.md' (or add 'slug: {fromName}')");
            return null;
        }

        if (Ids.IsValid(explicitSlug))
        {
            return explicitSlug;
        }

        reader.Error("slug", $"slug '{explicitSlug}' must be lowercase letters, digits and hyphens, like '{Ids.Slugify(explicitSlug)}'");
        return null;
    }
}
