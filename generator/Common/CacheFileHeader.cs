using System.Text;

namespace Broadsheet.Common;

/// <summary>
/// What a cache file starts with: what it is, the format it is in, and the build of Broadsheet that wrote it. A file
/// that starts otherwise was written by another version, or is not this file at all, and is not read.
/// </summary>
internal static class CacheFileHeader
{
    public static void Write(BinaryWriter writer, string magic, int format, string generatorKey)
    {
        writer.Write(magic);
        writer.Write(format);
        writer.Write(generatorKey);
    }

    public static bool Matches(BinaryReader reader, string magic, int format, string generatorKey) =>
        reader.ReadString() == magic && reader.ReadInt32() == format && reader.ReadString() == generatorKey;

    /// <summary>A cache file opened past its header; null when there is no such file, or it starts otherwise.</summary>
    public static BinaryReader? OpenToRead(string path, string magic, int format, string generatorKey)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var reader = new CacheReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0));
        try
        {
            if (Matches(reader, magic, format, generatorKey))
            {
                return reader;
            }
        }
        catch
        {
            // A file too short for a header: closed here, as the caller never gets it to close.
            reader.Dispose();
            throw;
        }

        reader.Dispose();
        return null;
    }

    /// <summary>A cache file created afresh, its header written.</summary>
    public static BinaryWriter CreateToWrite(string path, string magic, int format, string generatorKey)
    {
        var writer = new BinaryWriter(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16), Encoding.UTF8);
        Write(writer, magic, format, generatorKey);
        return writer;
    }
}
