using System.Text;
using Broadsheet.Common;

namespace Broadsheet.Search;

/// <summary>
/// The search index as the last build made it, kept in the build cache: each article's analysis key, opening words and
/// length by id, every term with its postings, and every word form with the number of articles that have it. A build in
/// which a few articles changed, and none was added, removed or moved, patches those articles' postings in it instead of
/// merging every article's analysis again. It keeps the keys of the term shards too, so that the shards the patch did not
/// touch need not be rendered again, and the hash of each document chunk, so that the chunks showing the same as before need not be either.
/// </summary>
internal sealed record SearchIndexState(
    bool English,
    bool WithPositions,
    IReadOnlyList<string> Keys,
    IReadOnlyList<string> Excerpts,
    IReadOnlyList<int> Lengths,
    IReadOnlyList<SearchTerm> Terms,
    IReadOnlyList<(string Form, string Stem, int Documents)> Forms,
    IReadOnlyList<string> Shards,
    IReadOnlyList<string> Chunks)
{
    private const string Magic = "broadsheet-search-index";
    private const int Format = 3;

    /// <summary>The state written at <paramref name="path"/> by this generator; null if there is none, or it cannot be read.</summary>
    public static SearchIndexState? Read(string path, string generatorKey)
    {
        try
        {
            using var reader = CacheFileHeader.OpenToRead(path, Magic, Format, generatorKey);
            if (reader is null)
            {
                return null;
            }

            var english = reader.ReadBoolean();
            var withPositions = reader.ReadBoolean();
            var count = reader.ReadInt32();
            var keys = new string[count];
            var excerpts = new string[count];
            var lengths = new int[count];
            for (var i = 0; i < count; i++)
            {
                (keys[i], excerpts[i], lengths[i]) = (reader.ReadString(), reader.ReadString(), reader.ReadInt32());
            }

            var terms = new SearchTerm[reader.ReadInt32()];
            for (var i = 0; i < terms.Length; i++)
            {
                terms[i] = new SearchTerm(reader.ReadString(), reader.ReadInt32(), ReadAscii(reader), ReadAscii(reader));
            }

            var forms = new (string, string, int)[reader.ReadInt32()];
            for (var i = 0; i < forms.Length; i++)
            {
                forms[i] = (reader.ReadString(), reader.ReadString(), reader.ReadInt32());
            }

            var shards = new string[reader.ReadInt32()];
            for (var i = 0; i < shards.Length; i++)
            {
                shards[i] = reader.ReadString();
            }

            var chunks = new string[reader.ReadInt32()];
            for (var i = 0; i < chunks.Length; i++)
            {
                chunks[i] = reader.ReadString();
            }

            return new SearchIndexState(english, withPositions, keys, excerpts, lengths, terms, forms, shards, chunks);
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or ArgumentException or FormatException or OverflowException)
        {
            return null;
        }
    }

    /// <summary>A string the writer wrote that is all ASCII, as its bytes (see <see cref="SearchTerm"/>).</summary>
    private static byte[] ReadAscii(BinaryReader reader)
    {
        var bytes = reader.ReadBytes(reader.Read7BitEncodedInt());
        return Ascii.IsValid(bytes) ? bytes : throw new FormatException("postings that are not ASCII");
    }

    public void Write(string path, string generatorKey)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var writer = CacheFileHeader.CreateToWrite(path, Magic, Format, generatorKey);
        writer.Write(English);
        writer.Write(WithPositions);
        writer.Write(Keys.Count);
        for (var i = 0; i < Keys.Count; i++)
        {
            writer.Write(Keys[i]);
            writer.Write(Excerpts[i]);
            writer.Write(Lengths[i]);
        }

        writer.Write(Terms.Count);
        foreach (var term in Terms)
        {
            writer.Write(term.Term);
            writer.Write(term.DocumentCount);
            term.WriteLists(writer);
        }

        writer.Write(Forms.Count);
        foreach (var (form, stem, documents) in Forms)
        {
            writer.Write(form);
            writer.Write(stem);
            writer.Write(documents);
        }

        writer.Write(Shards.Count);
        foreach (var shard in Shards)
        {
            writer.Write(shard);
        }

        writer.Write(Chunks.Count);
        foreach (var chunk in Chunks)
        {
            writer.Write(chunk);
        }
    }
}
