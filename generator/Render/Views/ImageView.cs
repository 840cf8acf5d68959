namespace Broadsheet.Render.Views;

/// <summary>An article's lead image.</summary>
public sealed record ImageView(string Url, string Alt, string? Caption);
