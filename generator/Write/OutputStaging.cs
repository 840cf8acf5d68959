namespace Broadsheet.Write;

/// <summary>
/// A build's staging folder, which fills with hard links to the files of the last output it may keep while the model and
/// the graph are made (file system work, which they are not), and the writer that then writes into it.
/// </summary>
public sealed class OutputStaging : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task<(IReadOnlyDictionary<string, OutputEntry> Previous, IReadOnlySet<string> Linked)> _linking;

    private OutputStaging(StagingFolder folder, Func<IReadOnlyDictionary<string, OutputEntry>> reusable, Func<IEnumerable<string>?>? held)
    {
        Folder = folder;
        _linking = Task.Run(() =>
        {
            var previous = reusable();
            var files = previous.ToDictionary(o => o.Key, o => (o.Value.Size, o.Value.WriteTicks), StringComparer.Ordinal);
            return (previous, folder.HardLinkFrom(files, held?.Invoke(), _stop.Token));
        });
    }

    public StagingFolder Folder { get; }

    /// <param name="previousTree">
    /// Where the last output's tree is kept (see <see cref="StagingFolder.Create"/>), and what gives the files it is known
    /// to hold (see <see cref="PreviousTree.BringUpToDate"/>; null when not known), asked on the thread that links.
    /// </param>
    /// <param name="reusable">The last output's files that may be kept, as they were; asked on another thread.</param>
    public static OutputStaging Begin(string outputFolder, (string Path, Func<IEnumerable<string>?> Held)? previousTree, Func<IReadOnlyDictionary<string, OutputEntry>> reusable) =>
        new(StagingFolder.Create(outputFolder, previousTree?.Path), reusable, previousTree?.Held);

    /// <summary>The writer into the staging folder, once the links to the last output are made.</summary>
    public OutputWriter Writer()
    {
        var (previous, linked) = _linking.GetAwaiter().GetResult();
        return new OutputWriter(Folder, previous, linked);
    }

    /// <summary>For a failed build: the links stop being made, and the folder goes once none is being made.</summary>
    public void Discard()
    {
        _stop.Cancel();
        Task.WhenAny(_linking).GetAwaiter().GetResult();
        Folder.Discard();
    }

    public void Dispose() => _stop.Dispose();
}
