namespace Broadsheet.Model;

/// <summary>
/// What a broken internal link or anchor written in content does to a build (<c>link_check</c> in site.yml,
/// <c>--link-check</c> on the command line): fail it (the default), or be listed as a warning while the site is published.
/// Links the theme makes are always checked strictly: a broken one is a bug of the theme, not of the archive.
/// </summary>
public enum LinkCheck
{
    Error,
    Warn,
}

public static class LinkChecks
{
    /// <summary>The setting named <paramref name="text"/> ("error" or "warn"); null for any other text.</summary>
    public static LinkCheck? Parse(string? text) => text switch
    {
        "error" => LinkCheck.Error,
        "warn" => LinkCheck.Warn,
        _ => null,
    };
}
