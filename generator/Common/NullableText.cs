namespace Broadsheet.Common;

/// <summary>A string that may be missing, as the cache files write it: whether it is there, then the string.</summary>
internal static class NullableText
{
    public static void WriteNullable(this BinaryWriter writer, string? text)
    {
        writer.Write(text is not null);
        if (text is not null)
        {
            writer.Write(text);
        }
    }

    public static string? ReadNullableString(this BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;
}
