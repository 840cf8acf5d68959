using System.Xml;
using System.Xml.Linq;
using Broadsheet.Common;
using Broadsheet.Diagnostics;

namespace Broadsheet.Import.Wordpress;

/// <summary>
/// Reads a WordPress export (WXR) as a stream: each child of <c>channel</c> (an item, an author, a category…) is handed
/// over as a small tree of its own and then let go, so a 50,000-post export needs memory for one post at a time. DTDs
/// are refused (no entity expansion, no external entities) and no resolver is set.
/// </summary>
public static class WxrReader
{
    public const string ContentNamespace = "http://purl.org/rss/1.0/modules/content/";
    public const string DublinCoreNamespace = "http://purl.org/dc/elements/1.1/";

    public static void Read(string path, long maxBytes, Action<XElement> onChannelElement)
    {
        ArgumentNullException.ThrowIfNull(onChannelElement);
        var display = DisplayPath.Of(Path.GetFullPath(path));
        if (!File.Exists(path))
        {
            throw new ImportFailedException($"{display} does not exist; give the path of a WordPress export (Tools → Export in WordPress)");
        }

        var length = new FileInfo(path).Length;
        if (length > maxBytes)
        {
            throw new ImportFailedException(SourceLocation.File(display),
                $"the file is {length:N0} bytes, over the limit of {maxBytes:N0}; split the export, or raise the limit with --max-size");
        }

        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            CheckCharacters = false,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            MaxCharactersFromEntities = 1024,
        };
        IXmlLineInfo? position = null;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            using var reader = XmlReader.Create(stream, settings);
            position = reader as IXmlLineInfo;
            if (!FindChannel(reader))
            {
                throw new ImportFailedException(SourceLocation.File(display), "this is not a WordPress export: it has no <rss><channel>");
            }

            var depth = reader.Depth;
            reader.Read();
            while (!reader.EOF)
            {
                if (reader.NodeType == XmlNodeType.Element && reader.Depth == depth + 1)
                {
                    onChannelElement((XElement)XNode.ReadFrom(reader));
                }
                else if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth)
                {
                    break;
                }
                else
                {
                    reader.Read();
                }
            }
        }
        catch (XmlException e)
        {
            var message = e.Message.Contains("DTD", StringComparison.Ordinal)
                ? "the export holds a DTD (<!DOCTYPE ...>), which is refused: a WordPress export has none, and a DTD can declare entities that expand without end or read other files"
                : $"the export is not well-formed XML: {e.Message}";
            // A refused DTD is reported without a position: it is found in the file's opening, where XML allows one.
            var (line, column) = e.LineNumber > 0 ? (e.LineNumber, e.LinePosition) : DoctypePosition(path) ?? (position?.LineNumber ?? 1, position?.LinePosition ?? 1);
            throw new ImportFailedException(new SourceLocation(display, Math.Max(1, line), Math.Max(1, column)), message);
        }
    }

    private static (int Line, int Column)? DoctypePosition(string path)
    {
        using var reader = new StreamReader(path);
        var buffer = new char[16 * 1024];
        var opening = new string(buffer, 0, reader.ReadBlock(buffer));
        var at = opening.IndexOf("<!DOCTYPE", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }

        var line = 1 + opening.AsSpan(0, at).Count('\n');
        return (line, at - opening.LastIndexOf('\n', Math.Max(0, at - 1)));
    }

    private static bool FindChannel(XmlReader reader)
    {
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "channel")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text of a WordPress-namespace child (<c>wp:post_id</c>), whatever version of the export format.</summary>
    public static string? Wp(XElement element, string name) =>
        element.Elements().FirstOrDefault(e => e.Name.LocalName == name && IsWp(e.Name.NamespaceName))?.Value;

    public static IEnumerable<XElement> WpElements(XElement element, string name) =>
        element.Elements().Where(e => e.Name.LocalName == name && IsWp(e.Name.NamespaceName));

    public static bool IsWp(string ns) =>
        ns.StartsWith("http://wordpress.org/export/", StringComparison.Ordinal) && !ns.EndsWith("/excerpt/", StringComparison.Ordinal);
}
