namespace Broadsheet.Render.Views;

/// <summary>An author as lists and bylines show them.</summary>
public sealed record AuthorLinkView(string Name, string Url, int Count);
