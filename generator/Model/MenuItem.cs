using Broadsheet.Common;
using Broadsheet.Diagnostics;

namespace Broadsheet.Model;

/// <summary>One link of a menu in site.yml.</summary>
/// <param name="Url">An external address as written (<c>https://…</c>, <c>mailto:…</c>), or a path in the site from its root, without the leading '/' (<c>about.html</c>, <c>issues/index.html#2024</c>).</param>
/// <param name="Location">Where the url is written in site.yml: a link that leads nowhere is reported there.</param>
public sealed record MenuItem(string Title, string Url, SourceLocation Location)
{
    /// <summary>Whether the link leads out of the site.</summary>
    public bool IsExternal => ExternalUrl.Is(Url);

    /// <summary>The file of the site the link names (decoded), without its ?query or #fragment; null for an external link.</summary>
    public string? Target => IsExternal ? null : Uri.UnescapeDataString(Url[..SuffixStart]);

    /// <summary>The ?query and #fragment of a link in the site, as written; "" for none.</summary>
    public string Suffix => IsExternal ? "" : Url[SuffixStart..];

    private int SuffixStart => Url.IndexOfAny(['?', '#']) is >= 0 and var at ? at : Url.Length;
}
