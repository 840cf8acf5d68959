using System.Text;
using Broadsheet.Common;
using Broadsheet.Diagnostics;
using Broadsheet.Load;

namespace Broadsheet.Model;

/// <summary>
/// An article as validation made it, in bytes: kept with its file's parse (<see cref="SourceCacheEntry.Checked"/>), so
/// that an article whose file did not change is restored rather than validated again. What it names in other files is
/// kept by id and looked up again: the issue, section and topics must still be there, as must the files under static/
/// and the related articles it names; else the article is validated afresh, and the errors are told.
/// </summary>
internal static class ArticleRecord
{
    /// <param name="ownDate">Whether the front matter gave the date, rather than the article taking its issue's.</param>
    public static byte[] Of(Article article, bool ownDate)
    {
        using var stream = new MemoryStream(256);
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(article.Title);
            writer.WriteNullable(article.Subtitle);
            writer.Write7BitEncodedInt(article.Authors.Count);
            foreach (var author in article.Authors)
            {
                writer.Write(author.Id);
                writer.Write(author.Name);
            }

            writer.Write(ownDate);
            writer.Write(article.Date.DayNumber);
            writer.WriteNullable(article.Issue?.Id);
            writer.WriteNullable(article.Section?.Id);
            writer.Write7BitEncodedInt(article.Topics.Count);
            foreach (var topic in article.Topics)
            {
                writer.Write(topic.Id);
            }

            writer.Write(article.Image is not null);
            if (article.Image is { } image)
            {
                writer.Write(image.Path);
                writer.Write(image.Alt);
                writer.WriteNullable(image.Caption);
                WritePlace(writer, image.Location);
            }

            writer.WriteNullable(article.Summary);
            writer.Write(article.Slug);
            writer.Write7BitEncodedInt(article.Aliases.Count);
            foreach (var alias in article.Aliases)
            {
                writer.Write(alias.Written);
                writer.Write(alias.OutputPath);
                WritePlace(writer, alias.Location);
            }

            writer.Write(article.Draft);
            writer.Write7BitEncodedInt(article.Position ?? 0);
            writer.Write(article.Audio is not null);
            if (article.Audio is { } audio)
            {
                writer.Write(audio.Path);
                writer.Write(audio.MediaType);
                writer.Write(audio.Format);
                WritePlace(writer, audio.Location);
            }

            writer.Write7BitEncodedInt(article.Related.Count);
            foreach (var link in article.Related)
            {
                writer.WriteNullable(link.SourcePath);
                writer.WriteNullable(link.Title);
                writer.WriteNullable(link.Url);
                WritePlace(writer, link.Location);
            }
        }

        return stream.ToArray();
    }

    /// <summary>The article again, from <see cref="Of"/>'s bytes; null when what it names is no longer there, or the bytes are not a record.</summary>
    public static Article? Restore(byte[] record, ParsedSource file, References references)
    {
        try
        {
            return Read(new ByteReader(record), file, references);
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            // ArgumentException: a day number no date has.
            return null;
        }
    }

    private static Article? Read(ByteReader reader, ParsedSource file, References references)
    {
        var title = reader.ReadString();
        var subtitle = reader.ReadNullableString();
        var authors = Array<Author>(reader.Read7BitEncodedInt());
        for (var i = 0; i < authors.Length; i++)
        {
            var id = reader.ReadString();
            var name = reader.ReadString();
            authors[i] = references.Authors.TryGetValue(id, out var known) ? known : new Author(id, name, null);
        }

        var ownDate = reader.ReadBoolean();
        var date = DateOnly.FromDayNumber(reader.ReadInt32());
        var issue = Find(reader.ReadNullableString(), references.Issues, out var issueGone);
        var section = Find(reader.ReadNullableString(), references.Sections, out var sectionGone);
        var topics = Array<Topic>(reader.Read7BitEncodedInt());
        var topicsGone = false;
        for (var i = 0; i < topics.Length; i++)
        {
            var topic = Find(reader.ReadString(), references.Topics, out var gone);
            topicsGone |= gone;
            topics[i] = topic!;
        }

        ArticleImage? image = null;
        if (reader.ReadBoolean())
        {
            image = new ArticleImage(reader.ReadString(), reader.ReadString(), reader.ReadNullableString(), ReadPlace(ref reader, file));
        }

        var summary = reader.ReadNullableString();
        var slug = reader.ReadString();
        var aliases = Array<LegacyUrl>(reader.Read7BitEncodedInt());
        for (var i = 0; i < aliases.Length; i++)
        {
            aliases[i] = new LegacyUrl(reader.ReadString(), reader.ReadString(), ReadPlace(ref reader, file));
        }

        var draft = reader.ReadBoolean();
        var position = reader.Read7BitEncodedInt();
        AudioFile? audio = null;
        if (reader.ReadBoolean())
        {
            audio = new AudioFile(reader.ReadString(), reader.ReadString(), reader.ReadString(), ReadPlace(ref reader, file));
        }

        var related = Array<RelatedLink>(reader.Read7BitEncodedInt());
        for (var i = 0; i < related.Length; i++)
        {
            related[i] = new RelatedLink(reader.ReadNullableString(), reader.ReadNullableString(), reader.ReadNullableString(), ReadPlace(ref reader, file));
        }

        if (!reader.AtEnd)
        {
            throw new FormatException("bytes after the article");
        }

        var missing = issueGone || sectionGone || topicsGone
            || (image is not null && !references.StaticFiles.Contains(image.Path))
            || (audio is not null && !references.StaticFiles.Contains(audio.Path))
            || related.Any(r => r.SourcePath is { } path && !references.ArticlePaths.Contains(path));
        if (missing)
        {
            return null;
        }

        return new Article(
            file.SitePath,
            file.DisplayPath,
            title,
            subtitle,
            authors,
            ownDate ? date : issue!.Date,
            issue,
            section,
            topics,
            image,
            summary,
            slug,
            aliases,
            draft,
            new MarkdownText(file.Body, file.DisplayPath, file.SitePath, file.ReadBody),
            position == 0 ? null : position)
        {
            Audio = audio,
            Related = related,
        };
    }

    /// <summary>A list as the model holds it: the one empty array when empty (most articles have no aliases or picks).</summary>
    private static T[] Array<T>(int count) => count == 0 ? [] : new T[count];

    /// <summary>The record an id names, or null for none; <paramref name="gone"/> when an id was kept and names nothing now.</summary>
    private static T? Find<T>(string? id, IReadOnlyDictionary<string, T> known, out bool gone)
        where T : class
    {
        T? found = null;
        gone = id is not null && !known.TryGetValue(id, out found);
        return found;
    }

    private static void WritePlace(BinaryWriter writer, SourceLocation location)
    {
        writer.Write7BitEncodedInt(location.Line);
        writer.Write7BitEncodedInt(location.Column);
    }

    private static SourceLocation ReadPlace(ref ByteReader reader, ParsedSource file) =>
        new(file.DisplayPath, reader.Read7BitEncodedInt(), reader.Read7BitEncodedInt());
}
