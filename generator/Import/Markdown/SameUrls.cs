namespace Broadsheet.Import.Markdown;

/// <summary>Keeps every address as it is.</summary>
public sealed class SameUrls : IUrlMapper
{
    public static readonly SameUrls Instance = new();

    public string? Link(string href) => href;

    public string? Image(string src) => src;
}
