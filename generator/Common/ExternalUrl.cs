namespace Broadsheet.Common;

/// <summary>Tells an address that leaves the site from a path inside it.</summary>
public static class ExternalUrl
{
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
