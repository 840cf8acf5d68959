namespace Broadsheet.Render.Views;

/// <summary>One entry of the site navigation; <c>Current</c> marks the part of the site the page belongs to.</summary>
public sealed record NavItemView(string Title, string Url, bool Current);
