using System.Xml.Linq;

namespace Broadsheet.Import.Wordpress;

/// <summary>One <c>item</c> of a WordPress export: a post, page or attachment, with its categories and meta.</summary>
public sealed record WxrItem(
    string Id,
    string Type,
    string Status,
    string Title,
    string? Link,
    string? GuidText,
    string? PubDate,
    string? Creator,
    string Content,
    string Excerpt,
    string? PostDate,
    string? PostDateGmt,
    string PostName,
    string Password,
    string? AttachmentUrl,
    IReadOnlyList<(string Domain, string Nicename, string Name)> Terms,
    IReadOnlyDictionary<string, string> Meta)
{
    public static WxrItem From(XElement item)
    {
        ArgumentNullException.ThrowIfNull(item);
        string? Plain(string name) => item.Elements().FirstOrDefault(e => e.Name.LocalName == name && e.Name.NamespaceName.Length == 0)?.Value;
        var meta = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var postmeta in WxrReader.WpElements(item, "postmeta"))
        {
            if (WxrReader.Wp(postmeta, "meta_key") is { } key)
            {
                meta.TryAdd(key, WxrReader.Wp(postmeta, "meta_value") ?? "");
            }
        }

        var terms = item.Elements()
            .Where(e => e.Name.LocalName == "category" && e.Name.NamespaceName.Length == 0)
            .Select(e => ((string?)e.Attribute("domain") ?? "category", (string?)e.Attribute("nicename") ?? "", e.Value))
            .ToList();
        return new WxrItem(
            WxrReader.Wp(item, "post_id")?.Trim() ?? "",
            WxrReader.Wp(item, "post_type")?.Trim() ?? "post",
            WxrReader.Wp(item, "status")?.Trim() ?? "publish",
            Plain("title") ?? "",
            Plain("link")?.Trim(),
            Plain("guid")?.Trim(),
            Plain("pubDate"),
            item.Element(XName.Get("creator", WxrReader.DublinCoreNamespace))?.Value.Trim(),
            item.Element(XName.Get("encoded", WxrReader.ContentNamespace))?.Value ?? "",
            item.Elements().FirstOrDefault(e => e.Name.LocalName == "encoded" && e.Name.NamespaceName.EndsWith("/excerpt/", StringComparison.Ordinal))?.Value ?? "",
            WxrReader.Wp(item, "post_date")?.Trim(),
            WxrReader.Wp(item, "post_date_gmt")?.Trim(),
            WxrReader.Wp(item, "post_name")?.Trim() ?? "",
            WxrReader.Wp(item, "post_password") ?? "",
            WxrReader.Wp(item, "attachment_url")?.Trim(),
            terms,
            meta);
    }
}
