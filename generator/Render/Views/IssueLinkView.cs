namespace Broadsheet.Render.Views;

/// <summary>An issue as lists show it.</summary>
public sealed record IssueLinkView(string Title, string Url, int Number, string Date, string DateIso, int ArticleCount);
