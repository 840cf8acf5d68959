namespace Broadsheet.Common;

/// <summary>Addresses outside the archive: telling one from a path in the site, and checking one a writer gives.</summary>
public static class ExternalUrl
{
    /// <summary>What <see cref="IsValid"/> accepts, for messages.</summary>
    public const string Expected = "a full address starting with https://, http:// or mailto:";

    /// <summary>An absolute address on the web or for mail, as a related link or a promotion gives it.</summary>
    public static bool IsValid(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme is "https" or "http" ? uri.Host.Length > 0 : uri.Scheme == "mailto");

    /// <summary>An address with a scheme (<c>https:</c>, <c>mailto:</c>) or on another host (<c>//host/…</c>).</summary>
    public static bool Is(string url)
    {
        if (url.StartsWith("//", StringComparison.Ordinal))
        {
            return true;
        }

        var colon = url.IndexOf(':', StringComparison.Ordinal);
        var end = url.IndexOfAny(['/', '#', '?']);
        return colon > 0 && (end < 0 || colon < end);
    }
}
