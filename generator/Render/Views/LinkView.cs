namespace Broadsheet.Render.Views;

/// <summary>A titled link, its URL relative to the page that shows it.</summary>
public sealed record LinkView(string Title, string Url);
