namespace Broadsheet.Model;

/// <summary>An address outside the archive, as a related link or a promotion gives it: absolute, on the web or for mail.</summary>
public static class ExternalUrl
{
    public const string Expected = "a full address starting with https://, http:// or mailto:";

    public static bool IsValid(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme is "https" or "http" ? uri.Host.Length > 0 : uri.Scheme == "mailto");
}
