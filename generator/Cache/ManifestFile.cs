using System.Text;
using Broadsheet.Common;
using Broadsheet.Diagnostics;
using Broadsheet.Load;
using Broadsheet.Render.Markdown;
using Broadsheet.Write;

namespace Broadsheet.Cache;

/// <summary>
/// Reads and writes a <see cref="BuildManifest"/> as a compact binary file. A file of another format version, a
/// truncated one or any unreadable one reads as no manifest at all: the next build is then a full one.
/// </summary>
public static class ManifestFile
{
    private const string Magic = "broadsheet-cache";
    private const int Format = 10;

    /// <summary>The start of the manifest at <paramref name="path"/>; null if there is none, or it cannot be read.</summary>
    public static ManifestHead? ReadHead(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var reader = new CacheReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 4096), share: false);
            return ReadHead(reader);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException or OverflowException)
        {
            return null;
        }
    }

    private static ManifestHead? ReadHead(BinaryReader reader)
    {
        if (reader.ReadString() != Magic || reader.ReadInt32() != Format)
        {
            return null;
        }

        var (generator, inputs, outputs, hasSitemap) = (reader.ReadString(), reader.ReadString(), reader.ReadString(), reader.ReadBoolean());
        var summary = new BuildCounts(reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32());
        var warnings = new Diagnostic[reader.ReadInt32()];
        for (var i = 0; i < warnings.Length; i++)
        {
            var severity = (Severity)reader.ReadInt32();
            var location = new SourceLocation(reader.ReadString(), reader.ReadInt32(), reader.ReadInt32());
            warnings[i] = new Diagnostic(severity, location, reader.ReadString());
        }

        return new ManifestHead(generator, inputs, outputs, hasSitemap, summary, warnings);
    }

    public static BuildManifest? Read(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var reader = new CacheReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0));
            if (ReadHead(reader) is not { } head)
            {
                return null;
            }

            var shape = reader.ReadString();
            var context = reader.ReadString();
            var prosePaths = new string[reader.ReadInt32()];
            var hashes = new Dictionary<string, string>(prosePaths.Length, StringComparer.Ordinal);
            var prints = new Dictionary<string, ArticlePrint>(StringComparer.Ordinal);
            for (var i = 0; i < prosePaths.Length; i++)
            {
                prosePaths[i] = reader.ReadString();
                hashes[prosePaths[i]] = reader.ReadString();
                if (reader.ReadBoolean())
                {
                    prints[prosePaths[i]] = new ArticlePrint(new FileStamp(reader.ReadInt64(), reader.ReadInt64()), reader.ReadString());
                }
            }

            var related = new int[reader.ReadInt32()][];
            for (var i = 0; i < related.Length; i++)
            {
                related[i] = ReadIndexes(reader);
            }

            var orders = new Graph.GraphOrders(related, ReadIndexes(reader));
            if (!orders.Fit(related.Length))
            {
                throw new FormatException("the graph's orders do not fit its articles");
            }

            var outputCount = reader.ReadInt32();
            var outputs = new Dictionary<string, OutputEntry>(outputCount, StringComparer.Ordinal);
            var themeKeys = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < outputCount; i++)
            {
                outputs[reader.ReadString()] = new OutputEntry(
                    reader.ReadNullableString(),
                    reader.ReadString(),
                    reader.ReadInt64(),
                    reader.ReadInt64(),
                    reader.ReadNullableString(),
                    ReadSources(reader, prosePaths),
                    reader.ReadNullableString() is { } theme ? themeKeys.TryAdd(theme, theme) ? theme : themeKeys[theme] : null);
            }

            var bodyCount = reader.ReadInt32();
            var queries = new Dictionary<string, IReadOnlyList<LinkQuery>>(bodyCount, StringComparer.Ordinal);
            for (var i = 0; i < bodyCount; i++)
            {
                var source = reader.ReadString();
                var count = reader.ReadInt32();
                var list = count == 0 ? [] : new LinkQuery[count];
                for (var j = 0; j < list.Length; j++)
                {
                    list[j] = new LinkQuery(ReadQueryKind(reader), reader.ReadString(), reader.ReadNullableString());
                }

                queries[source] = list;
            }

            var summaryCount = reader.ReadInt32();
            var summaries = new Dictionary<string, string>(summaryCount, StringComparer.Ordinal);
            for (var i = 0; i < summaryCount; i++)
            {
                summaries[reader.ReadString()] = reader.ReadString();
            }

            return new BuildManifest(head.GeneratorKey, head.InputsKey, outputs, queries, head.Summary, head.Warnings, new ModelProse(shape, hashes) { Context = context, Articles = prints }, orders) { Summaries = summaries };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException or OverflowException)
        {
            return null;
        }
    }

    /// <summary>Writes the manifest beside its place and renames it in, so a killed build never leaves half a file.</summary>
    /// <remarks>The part after the pages is written into memory on another thread meanwhile, and copied in after them.</remarks>
    public static void Write(string path, BuildManifest manifest)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp";
        var tail = Task.Run(() => WriteTail(manifest));
        using (var writer = new BinaryWriter(new BufferedStream(File.Create(temporary), 1 << 16), Encoding.UTF8))
        {
            writer.Write(Magic);
            writer.Write(Format);
            WriteHead(writer, ManifestHead.Of(manifest));
            writer.Write(manifest.Prose.Shape);
            writer.Write(manifest.Prose.Context);
            var proseIndex = new ProseIndex(manifest.Prose.Hashes.Count);
            writer.Write(manifest.Prose.Hashes.Count);
            foreach (var (prosePath, hash) in InOrder(manifest.Prose.Hashes))
            {
                proseIndex.Add(prosePath);
                writer.Write(prosePath);
                writer.Write(hash);
                var print = manifest.Prose.Articles.GetValueOrDefault(prosePath);
                writer.Write(print is not null);
                if (print is not null)
                {
                    writer.Write(print.Stamp.Size);
                    writer.Write(print.Stamp.WriteTicks);
                    writer.Write(print.Fingerprint);
                }
            }

            writer.Write(manifest.Orders.Related.Count);
            foreach (var list in manifest.Orders.Related)
            {
                WriteIndexes(writer, list);
            }

            WriteIndexes(writer, manifest.Orders.ByTitle);

            writer.Write(manifest.Outputs.Count);
            foreach (var (outputPath, entry) in InOrder(manifest.Outputs))
            {
                writer.Write(outputPath);
                writer.WriteNullable(entry.Fingerprint);
                writer.Write(entry.ContentHash);
                writer.Write(entry.Size);
                writer.Write(entry.WriteTicks);
                writer.WriteNullable(entry.IdsHash);
                WriteSources(writer, entry.Sources, proseIndex);
                writer.WriteNullable(entry.Theme);
            }

            writer.Flush();
            tail.GetAwaiter().GetResult().WriteTo(writer.BaseStream);
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The manifest from the bodies' link questions to its end.</summary>
    private static PiecedStream WriteTail(BuildManifest manifest)
    {
        var stream = new PiecedStream();
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(manifest.Queries.Count);
        foreach (var (source, list) in InOrder(manifest.Queries))
        {
            writer.Write(source);
            writer.Write(list.Count);
            foreach (var query in list)
            {
                writer.Write((byte)query.Kind);
                writer.Write(query.Argument);
                writer.WriteNullable(query.Answer);
            }
        }

        writer.Write(manifest.Summaries.Count);
        foreach (var (body, summary) in InOrder(manifest.Summaries))
        {
            writer.Write(body);
            writer.Write(summary);
        }

        writer.Flush();
        return stream;
    }

    private static void WriteHead(BinaryWriter writer, ManifestHead head)
    {
        writer.Write(head.GeneratorKey);
        writer.Write(head.InputsKey);
        writer.Write(head.OutputsStamp);
        writer.Write(head.HasSitemap);
        var s = head.Summary;
        foreach (var n in new[] { s.Pages, s.Files, s.LinksChecked, s.Articles, s.Issues, s.Topics })
        {
            writer.Write(n);
        }

        writer.Write(head.Warnings.Count);
        foreach (var warning in head.Warnings)
        {
            writer.Write((int)warning.Severity);
            writer.Write(warning.Location.Path);
            writer.Write(warning.Location.Line);
            writer.Write(warning.Location.Column);
            writer.Write(warning.Message);
        }
    }

    /// <summary>
    /// A table's entries in the ordinal order of their keys, the same on every build: two arrays sorted together, where
    /// ordering the pairs compares through a delegate, and took a third of the time a manifest took to write.
    /// </summary>
    private static IEnumerable<(string Key, TValue Value)> InOrder<TValue>(IReadOnlyDictionary<string, TValue> table)
    {
        var (keys, values) = (new string[table.Count], new TValue[table.Count]);
        var n = 0;
        foreach (var (key, value) in table)
        {
            (keys[n], values[n]) = (key, value);
            n++;
        }

        Array.Sort(keys, values, 0, n, StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            yield return (keys[i], values[i]);
        }
    }

    /// <summary>A page's sources: their count plus one (0 for none known), then their indexes into the table of Markdown texts.</summary>
    private static string[]? ReadSources(BinaryReader reader, string[] prosePaths)
    {
        var count = reader.Read7BitEncodedInt() - 1;
        if (count < 0)
        {
            return null;
        }

        var sources = new string[count];
        for (var i = 0; i < count; i++)
        {
            var index = reader.Read7BitEncodedInt();
            sources[i] = index >= 0 && index < prosePaths.Length ? prosePaths[index] : throw new FormatException("a page's source is not in the table");
        }

        return sources;
    }

    /// <summary>Sources not all in the table (which a page of this build cannot have) are written as none known.</summary>
    private static void WriteSources(BinaryWriter writer, IReadOnlyCollection<string>? sources, ProseIndex proseIndex)
    {
        var indexes = new int[sources?.Count ?? 0];
        var n = 0;
        foreach (var source in sources ?? [])
        {
            if (!proseIndex.TryFind(source, out indexes[n++]))
            {
                sources = null;
                break;
            }
        }

        if (sources is null)
        {
            writer.Write7BitEncodedInt(0);
            return;
        }

        Array.Sort(indexes);
        writer.Write7BitEncodedInt(indexes.Length + 1);
        foreach (var index in indexes)
        {
            writer.Write7BitEncodedInt(index);
        }
    }

    /// <summary>
    /// The table of Markdown texts by path, looked up by the string's identity first: the 180,000 sources of a large
    /// archive's pages are a few instances of each path (the model's, or the last manifest's for a page kept unseen), so
    /// each instance is hashed once, not each time a page names it.
    /// </summary>
    /// <param name="count">How many texts the table will hold.</param>
    private sealed class ProseIndex(int count)
    {
        private readonly Dictionary<string, int> _byPath = new(count, StringComparer.Ordinal);
        private readonly Dictionary<string, int> _byInstance = new(count, ReferenceEqualityComparer.Instance);

        public void Add(string path) => _byPath[path] = _byPath.Count;

        public bool TryFind(string path, out int index)
        {
            if (_byInstance.TryGetValue(path, out index))
            {
                return true;
            }

            if (!_byPath.TryGetValue(path, out index))
            {
                return false;
            }

            _byInstance[path] = index;
            return true;
        }
    }

    private static int[] ReadIndexes(BinaryReader reader)
    {
        var indexes = new int[reader.Read7BitEncodedInt()];
        for (var i = 0; i < indexes.Length; i++)
        {
            indexes[i] = reader.Read7BitEncodedInt();
        }

        return indexes;
    }

    private static void WriteIndexes(BinaryWriter writer, IReadOnlyList<int> indexes)
    {
        writer.Write7BitEncodedInt(indexes.Count);
        foreach (var index in indexes)
        {
            writer.Write7BitEncodedInt(index);
        }
    }

    private static LinkQueryKind ReadQueryKind(BinaryReader reader) =>
        reader.ReadByte() is var kind && Enum.IsDefined((LinkQueryKind)kind) ? (LinkQueryKind)kind : throw new FormatException($"unknown kind of link query {kind}");
}
