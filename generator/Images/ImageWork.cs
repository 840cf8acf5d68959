using System.Collections.Concurrent;
using NetVips;

namespace Broadsheet.Images;

/// <summary>
/// The Images stage: makes the derivatives the store does not hold yet, on every core beside the pages, one photograph per
/// core at a time (so memory holds at most that many decoded photographs). A book that needs a photograph not yet made
/// makes it at once rather than wait its turn.
/// </summary>
public sealed class ImageWork : IDisposable
{
    private readonly ImageStore _store;
    private readonly ConcurrentDictionary<string, Lazy<Result>> _results = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _all;
    private int _made;
    private int _disposed;

    private ImageWork(ImageCatalog catalog, ImageStore store)
    {
        _store = store;
        foreach (var image in catalog.Images)
        {
            _results[image.Key] = new Lazy<Result>(() => Make(image), LazyThreadSafetyMode.ExecutionAndPublication);
        }

        var pending = catalog.Images.Where(i => store.Complete(i.Key) is null).ToList();
        _all = pending.Count == 0
            ? Task.CompletedTask
            : Task.Run(() => Parallel.ForEach(
                pending,
                new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = _stop.Token },
                image => _ = _results[image.Key].Value));
    }

    /// <summary>How many photographs this build made derivatives of (the rest were in the store).</summary>
    public int Made => _made;

    /// <summary>Starts making what the store lacks, in the background.</summary>
    public static ImageWork Start(ImageCatalog catalog, ImageStore store) => new(catalog, store);

    /// <summary>The file of one derivative, made now if it was not yet; null when the photograph could not be made.</summary>
    public string? FileOf(PlannedImage image, Derivative derivative) =>
        _results[image.Key].Value.Folder is { } folder ? Path.Combine(folder, derivative.FileName) : null;

    /// <summary>Makes no more photographs (for a build that failed), and returns once those begun are done.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _stop.Cancel();
        try
        {
            _all.GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    /// <summary>Waits for every photograph; the ones that failed, with why.</summary>
    public IReadOnlyDictionary<string, string> Finish(ImageCatalog catalog)
    {
        _all.GetAwaiter().GetResult();
        return catalog.Images
            .Select(i => (i.SitePath, _results[i.Key].Value.Problem))
            .Where(p => p.Problem is not null)
            .ToDictionary(p => p.SitePath, p => p.Problem!, StringComparer.Ordinal);
    }

    private Result Make(PlannedImage image)
    {
        if (_store.Complete(image.Key) is { } done)
        {
            return new Result(done, null);
        }

        try
        {
            var folder = _store.Make(image.Key, aside => ImageMaker.Make(image, aside));
            Interlocked.Increment(ref _made);
            return new Result(folder, null);
        }
        catch (VipsException e)
        {
            var reason = e.Message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? e.Message;
            return new Result(null, $"libvips could not decode it ({reason.TrimEnd('.', ':')}); the file is damaged: copy it again from the original");
        }
        catch (IOException e)
        {
            return new Result(null, $"its derivatives could not be written ({e.Message})");
        }
    }

    private sealed record Result(string? Folder, string? Problem);
}
