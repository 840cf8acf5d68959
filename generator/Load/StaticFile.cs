namespace Broadsheet.Load;

/// <summary>A file under <c>static/</c>, copied to the output as it is.</summary>
/// <param name="SitePath">The path below <c>static/</c>, which is also its path in the output.</param>
/// <param name="FullPath">Where it is on disk.</param>
public sealed record StaticFile(string SitePath, string FullPath);
