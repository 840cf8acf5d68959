using System.Text;
using Broadsheet.Common;
using Broadsheet.Load;

namespace Broadsheet.Cache;

/// <summary>
/// Reads and writes the content files' parses, and what validation made of each article (<see cref="SourceCache"/>), as
/// a compact binary file. It is tied to the generator that wrote it and to the source folder it describes, and ends with
/// a hash of its content: a file of another format, generator or source folder, a truncated file or a damaged one reads
/// as no entries at all, so every article is read.
/// </summary>
public static class SourceCacheFile
{
    private const string Magic = "broadsheet-sources";
    private const int Format = 2;

    public static IReadOnlyDictionary<string, SourceCacheEntry> Read(string path, string generatorKey, string sourceFolder)
    {
        var none = new Dictionary<string, SourceCacheEntry>(StringComparer.Ordinal);
        try
        {
            if (!File.Exists(path))
            {
                return none;
            }

            // Checked whole before anything in it is believed, then read again from the start: two passes through a
            // buffer rather than the file in one array, which at 100,000 articles would be 150 MB.
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024);
            if (!ChecksummedStream.Verify(file))
            {
                return none;
            }

            file.Position = 0;
            using var reader = new CacheReader(file, leaveOpen: true);
            if (!CacheFileHeader.Matches(reader, Magic, Format, generatorKey) || reader.ReadString() != Path.GetFullPath(sourceFolder))
            {
                return none;
            }

            var count = reader.ReadInt32();
            var entries = new Dictionary<string, SourceCacheEntry>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var sitePath = reader.ReadString();
                var stamp = new FileStamp(reader.ReadInt64(), reader.ReadInt64());
                var body = new BodyDigest(reader.Read7BitEncodedInt(), new BodyHash(reader.ReadUInt64(), reader.ReadUInt64()), reader.ReadBoolean());
                var frontMatter = reader.ReadBytes(reader.Read7BitEncodedInt());
                var checkedLength = reader.Read7BitEncodedInt();
                entries[sitePath] = SourceCacheEntry.FromBytes(stamp, frontMatter, body, checkedLength == 0 ? null : reader.ReadBytes(checkedLength));
            }

            return entries;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or ArgumentException or OverflowException)
        {
            return none;
        }
    }

    /// <summary>
    /// Writes the entries, then a checksum of them: a file a killed build cut short reads as empty. A build writes it beside
    /// its place and moves it in once it succeeded (<see cref="BuildCache.Save"/>).
    /// </summary>
    public static void Write(string path, string generatorKey, string sourceFolder, IReadOnlyDictionary<string, SourceCacheEntry> entries)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024);
        var stream = new ChecksummedStream(file);
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            CacheFileHeader.Write(writer, Magic, Format, generatorKey);
            writer.Write(Path.GetFullPath(sourceFolder));
            writer.Write(entries.Count);
            foreach (var (sitePath, entry) in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                writer.Write(sitePath);
                writer.Write(entry.Stamp.Size);
                writer.Write(entry.Stamp.WriteTicks);
                writer.Write7BitEncodedInt(entry.Body.FirstLine);
                writer.Write(entry.Body.Hash.High);
                writer.Write(entry.Body.Hash.Low);
                writer.Write(entry.Body.IsEmpty);
                WriteBytes(writer, entry.RawFrontMatter);
                WriteBytes(writer, entry.Checked ?? []);
            }
        }

        stream.WriteChecksum();
    }

    private static void WriteBytes(BinaryWriter writer, byte[] bytes)
    {
        writer.Write7BitEncodedInt(bytes.Length);
        writer.Write(bytes);
    }
}
