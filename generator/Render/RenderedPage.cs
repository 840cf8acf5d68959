namespace Broadsheet.Render;

/// <summary>A page rendered to HTML, ready to be written at its output path.</summary>
public sealed record RenderedPage(string OutputPath, string Html);
