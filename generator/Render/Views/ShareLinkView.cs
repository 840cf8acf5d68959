namespace Broadsheet.Render.Views;

/// <summary>A plain link that shares the page on a service: its id (<c>email</c>, <c>mastodon</c>…), its name, and the address with the page's in it.</summary>
public sealed record ShareLinkView(string Service, string Name, string Url);
