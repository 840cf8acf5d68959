using Broadsheet.Graph;
using Broadsheet.Render.Markdown;

namespace Broadsheet.Render.Markdown;

/// <summary>
/// Link targets that note, per thread, the questions a body's conversion asks: a body's HTML depends on its text
/// and on those answers alone, so a later build can tell whether the body would come out the same without converting it.
/// </summary>
public sealed class RecordingLinkTargets(ILinkTargets inner) : ILinkTargets
{
    [ThreadStatic]
    private static List<LinkQuery>? _recording;

    public string? PageOfSource(string sourcePath)
    {
        var answer = inner.PageOfSource(sourcePath);
        _recording?.Add(new LinkQuery(LinkQueryKind.PageOfSource, sourcePath, answer));
        return answer;
    }

    public bool IsStaticFile(string path)
    {
        var answer = inner.IsStaticFile(path);
        _recording?.Add(new LinkQuery(LinkQueryKind.StaticFile, path, answer ? "yes" : null));
        return answer;
    }

    public string? PageOfAlias(string aliasPath)
    {
        var answer = inner.PageOfAlias(aliasPath);
        _recording?.Add(new LinkQuery(LinkQueryKind.PageOfAlias, aliasPath, answer));
        return answer;
    }

    /// <summary>What the same questions are answered now.</summary>
    public string? Answer(LinkQuery query) => query.Kind switch
    {
        LinkQueryKind.StaticFile => inner.IsStaticFile(query.Argument) ? "yes" : null,
        LinkQueryKind.PageOfAlias => inner.PageOfAlias(query.Argument),
        _ => inner.PageOfSource(query.Argument),
    };

    /// <summary>Records the questions asked on this thread until <see cref="Stop"/>.</summary>
    public static void Start() => _recording = [];

    /// <summary>The questions asked since <see cref="Start"/>.</summary>
    public static IReadOnlyList<LinkQuery> Stop()
    {
        var recorded = _recording ?? [];
        _recording = null;
        return recorded;
    }
}
