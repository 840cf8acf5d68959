using System.Text;
using Broadsheet.Common;

namespace Broadsheet.Load;

/// <summary>
/// A front matter as compact bytes, as the <see cref="SourceCache"/> keeps it from one build to the next, and back: each
/// node with its kind, line and column, a value with its text and whether it was plain.
/// </summary>
public static class FrontMatterBytes
{
    private const byte Scalar = 1;
    private const byte List = 2;
    private const byte Mapping = 3;

    public static byte[] Of(FrontMatterMapping frontMatter)
    {
        using var stream = new MemoryStream(256);
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            Write(writer, frontMatter);
        }

        return stream.ToArray();
    }

    /// <exception cref="FormatException">The bytes are not a front matter <see cref="Of"/> made.</exception>
    public static FrontMatterMapping Read(ReadOnlySpan<byte> bytes)
    {
        var reader = new ByteReader(bytes);
        var node = Read(ref reader) as FrontMatterMapping ?? throw new FormatException("front matter is not a mapping");
        return reader.AtEnd ? node : throw new FormatException("bytes after the front matter");
    }

    private static FrontMatterNode Read(ref ByteReader reader)
    {
        var kind = reader.ReadByte();
        var line = reader.Read7BitEncodedInt();
        var column = reader.Read7BitEncodedInt();
        switch (kind)
        {
            case Scalar:
                return new FrontMatterScalar(reader.ReadString(), reader.ReadBoolean(), line, column);
            case List:
                var items = new FrontMatterNode[reader.Read7BitEncodedInt()];
                for (var i = 0; i < items.Length; i++)
                {
                    items[i] = Read(ref reader);
                }

                return new FrontMatterList(items, line, column);
            case Mapping:
                var entries = new KeyValuePair<FrontMatterNode, FrontMatterNode>[reader.Read7BitEncodedInt()];
                for (var i = 0; i < entries.Length; i++)
                {
                    var key = Read(ref reader);
                    entries[i] = KeyValuePair.Create(key, Read(ref reader));
                }

                return new FrontMatterMapping(entries, line, column);
            default:
                throw new FormatException($"unknown node kind {kind}");
        }
    }

    private static void Write(BinaryWriter writer, FrontMatterNode node)
    {
        switch (node)
        {
            case FrontMatterScalar scalar:
                Start(Scalar);
                writer.Write(scalar.Value);
                writer.Write(scalar.Plain);
                break;
            case FrontMatterList list:
                Start(List);
                writer.Write7BitEncodedInt(list.Items.Count);
                foreach (var item in list.Items)
                {
                    Write(writer, item);
                }

                break;
            case FrontMatterMapping mapping:
                Start(Mapping);
                writer.Write7BitEncodedInt(mapping.Entries.Count);
                foreach (var (key, value) in mapping.Entries)
                {
                    Write(writer, key);
                    Write(writer, value);
                }

                break;
        }

        void Start(byte kind)
        {
            writer.Write(kind);
            writer.Write7BitEncodedInt(node.Line);
            writer.Write7BitEncodedInt(node.Column);
        }
    }
}
