using Broadsheet.Common;

namespace Broadsheet.Model;

/// <summary>
/// A source file that changed, went away or could not be read between the Load stage and a later one that reads it
/// again (bodies are read again rather than held): the build is stopped with an error at the file, and the output
/// left as it was.
/// </summary>
public sealed class SourceChangedException : IOException
{
    public SourceChangedException(string displayPath, string message, Exception? inner = null)
        : base(message, inner) => DisplayPath = displayPath;

    public SourceChangedException()
    {
        DisplayPath = "";
    }

    public SourceChangedException(string message)
        : base(message)
    {
        DisplayPath = "";
    }

    public SourceChangedException(string message, Exception inner)
        : base(message, inner)
    {
        DisplayPath = "";
    }

    /// <summary>The file, as diagnostics name it.</summary>
    public string DisplayPath { get; }

    /// <summary>Every <see cref="SourceChangedException"/> that <paramref name="exception"/> is or holds, however deep; none if it holds any other.</summary>
    public static IReadOnlyList<SourceChangedException> In(Exception exception)
    {
        var found = new List<SourceChangedException>();
        return Collect(exception, found) ? found : [];
    }

    private static bool Collect(Exception exception, List<SourceChangedException> found)
    {
        switch (exception)
        {
            case SourceChangedException changed:
                found.Add(changed);
                return true;
            case AggregateException aggregate:
                return aggregate.InnerExceptions.All(e => Collect(e, found));
            default:
                // Scriban wraps what a template's accessor throws.
                return exception.InnerException is { } inner && Collect(inner, found);
        }
    }
}
