using System.Collections.Concurrent;
using Broadsheet.Diagnostics;

namespace Broadsheet.Render.Markdown;

/// <summary>Where in the Markdown each link of each page was written, so the Check stage can point at the source line.</summary>
public sealed class LinkOrigins
{
    private readonly ConcurrentDictionary<(string Page, string Url), SourceLocation> _origins = new();

    public void Record(string page, string url, SourceLocation location) =>
        _origins.AddOrUpdate((page, url), location, (_, existing) => Diagnostic.Compare(Diagnostic.Error(location, ""), Diagnostic.Error(existing, "")) < 0 ? location : existing);

    /// <summary>Every link written in Markdown, by the page it is on and its URL there.</summary>
    public IReadOnlyDictionary<(string Page, string Url), SourceLocation> All => _origins;
}
