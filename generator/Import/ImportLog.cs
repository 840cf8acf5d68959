using System.Collections.Concurrent;

namespace Broadsheet.Import;

/// <summary>What an import did, for its summary and report: counts by kind, warnings, where each field came from, fidelity.</summary>
public sealed class ImportLog
{
    private readonly ConcurrentBag<ImportWarning> _warnings = [];
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Field, FieldSource Source), int> _fields = new();
    private readonly ConcurrentBag<Fidelity> _lowFidelity = [];
    private long _sourceWords;
    private long _keptWords;
    private int _checked;
    private long _sourceImages;
    private long _images;
    private long _sourceLinks;
    private long _links;

    /// <summary>Articles keeping less than this share of their source's words are listed in the report.</summary>
    public const double FidelityThreshold = 0.99;

    public void Warn(string subject, string message) => _warnings.Add(new ImportWarning(subject, message));

    /// <summary>Counts one more of <paramref name="kind"/>: "articles", "pages skipped", "attachments"...</summary>
    public void Count(string kind, int by = 1) => _counts.AddOrUpdate(kind, by, (_, n) => n + by);

    public void Field(string field, FieldSource source) => _fields.AddOrUpdate((field, source), 1, (_, n) => n + 1);

    public void Check(Fidelity fidelity)
    {
        Interlocked.Add(ref _sourceWords, fidelity.SourceWords);
        Interlocked.Add(ref _keptWords, fidelity.KeptWords);
        Interlocked.Increment(ref _checked);
        Interlocked.Add(ref _sourceImages, fidelity.SourceImages);
        Interlocked.Add(ref _images, fidelity.Images);
        Interlocked.Add(ref _sourceLinks, fidelity.SourceLinks);
        Interlocked.Add(ref _links, fidelity.Links);
        if (fidelity.Ratio < FidelityThreshold)
        {
            _lowFidelity.Add(fidelity);
        }
    }

    public int CountOf(string kind) => _counts.GetValueOrDefault(kind);

    /// <summary>Every warning, by subject in natural order ("post 9" before "post 10"), then by message.</summary>
    public IReadOnlyList<ImportWarning> Warnings =>
        _warnings.OrderBy(w => NaturalKey(w.Subject), StringComparer.Ordinal).ThenBy(w => w.Subject, StringComparer.Ordinal)
            .ThenBy(w => w.Message, StringComparer.Ordinal).ToList();

    private static string NaturalKey(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, "[0-9]+", m => m.Value.PadLeft(12, '0'));

    public IReadOnlyList<KeyValuePair<string, int>> Counts => _counts.OrderBy(c => c.Key, StringComparer.Ordinal).ToList();

    public IReadOnlyList<(string Field, FieldSource Source, int Count)> Fields =>
        _fields.Select(f => (f.Key.Field, f.Key.Source, f.Value)).OrderBy(f => f.Field, StringComparer.Ordinal).ThenBy(f => f.Source).ToList();

    public IReadOnlyList<Fidelity> LowFidelity => _lowFidelity.OrderBy(f => f.SitePath, StringComparer.Ordinal).ToList();

    public (long SourceWords, long KeptWords, int Checked) FidelityTotals => (_sourceWords, _keptWords, _checked);

    /// <summary>Images and links in the source bodies and in the imported ones, over every article.</summary>
    public (long SourceImages, long Images, long SourceLinks, long Links) MediaTotals => (_sourceImages, _images, _sourceLinks, _links);
}
