using Broadsheet.Graph;
using Broadsheet.Images;
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
        _recording?.Add(new LinkQuery(LinkQueryKind.StaticFile, path, StaticAnswer(path)));
        return answer;
    }

    public string? PageOfAlias(string aliasPath)
    {
        var answer = inner.PageOfAlias(aliasPath);
        _recording?.Add(new LinkQuery(LinkQueryKind.PageOfAlias, aliasPath, answer));
        return answer;
    }

    /// <summary>Not noted on its own: a body asks it only of a static file, and that answer already names the photograph's key.</summary>
    public PlannedImage? Image(string path) => inner.Image(path);

    /// <summary>What the same questions are answered now.</summary>
    public string? Answer(LinkQuery query) => query.Kind switch
    {
        LinkQueryKind.StaticFile => StaticAnswer(query.Argument),
        LinkQueryKind.PageOfAlias => inner.PageOfAlias(query.Argument),
        _ => inner.PageOfSource(query.Argument),
    };

    /// <summary>A photograph answers with its key, so a body that shows it changes with its derivatives' names.</summary>
    private string? StaticAnswer(string path) =>
        !inner.IsStaticFile(path) ? null : inner.Image(path) is { } image ? "image " + image.Key : "yes";

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
