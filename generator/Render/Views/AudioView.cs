namespace Broadsheet.Render.Views;

/// <summary>An audio edition as templates print it: a player and a download link.</summary>
/// <param name="Url">The file, relative to the page.</param>
/// <param name="Type">Its media type, for <c>&lt;source type&gt;</c> and the link's <c>type</c>.</param>
/// <param name="Format">Its format as readers know it: "MP3", "Opus"…</param>
public sealed record AudioView(string Url, string Type, string Format);
