using Broadsheet.Graph;
using Broadsheet.Render.Markdown;

namespace Broadsheet.Tests.TestSupport;

/// <summary>Link targets given by hand: article pages by source path, and static files.</summary>
public sealed class FakeLinkTargets(IReadOnlyDictionary<string, string> pages, params string[] staticFiles) : ILinkTargets
{
    public string? PageOfSource(string sourcePath) => pages.TryGetValue(sourcePath, out var page) ? page : null;

    public bool IsStaticFile(string path) => staticFiles.Contains(path);

    /// <summary>Photographs given by hand, by path below static/.</summary>
    public Dictionary<string, Broadsheet.Images.PlannedImage> Images { get; } = new(StringComparer.Ordinal);

    public Broadsheet.Images.PlannedImage? Image(string path) => Images.GetValueOrDefault(path);

    /// <summary>Article pages by the output path of one of their aliases' redirect pages.</summary>
    public IReadOnlyDictionary<string, string> Aliases { get; init; } = new Dictionary<string, string>();

    public string? PageOfAlias(string aliasPath) => Aliases.GetValueOrDefault(aliasPath);
}
