namespace Broadsheet.Build;

/// <summary>What <c>broadsheet build</c> was asked to do.</summary>
/// <param name="Templates">A theme folder given with --templates; null to use the source's own or the default theme.</param>
/// <param name="BaseUrl">--base-url, overriding site.yml's base_url.</param>
/// <param name="WarningsAsErrors">--warnings-as-errors: any warning fails the build (for CI).</param>
/// <param name="LinkCheck">--link-check, overriding site.yml's link_check: whether a broken link written in content fails the build.</param>
/// <param name="Cache">The cache folder that lets a build redo only what changed since the last (see <see cref="Cache.BuildCache"/>); null to build everything.</param>
/// <param name="Memory">Where serve keeps its last build in memory, rather than in the cache folder's files; null for those.</param>
/// <param name="Images">The image store, where the photographs' derivatives are kept between builds (and shared with serve); null to make them afresh.</param>
public sealed record BuildOptions(
    string Source = "site-content",
    string? Templates = null,
    string Output = "output",
    bool Drafts = false,
    string? BaseUrl = null,
    bool WarningsAsErrors = false,
    string? Cache = null,
    string? Images = null,
    Model.LinkCheck? LinkCheck = null,
    Cache.BuildMemory? Memory = null);
