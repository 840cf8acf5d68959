namespace Broadsheet.Render.Views;

/// <summary>A topic as lists show it, with how many articles it has.</summary>
public sealed record TopicLinkView(string Title, string Url, string? Description, int Count);
