using Broadsheet.Common;

namespace Broadsheet.Render;

/// <summary>A file of a theme: a Scriban template, a partial, or an asset copied to the output.</summary>
/// <param name="Path">The path inside the theme, with '/', e.g. <c>partials/header.html</c>.</param>
/// <param name="DisplayPath">The path messages show, e.g. <c>templates/partials/header.html</c>.</param>
public sealed record ThemeFile(string Path, string DisplayPath, byte[] Content);
