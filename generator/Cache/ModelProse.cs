using Broadsheet.Model;

namespace Broadsheet.Cache;

/// <summary>
/// A model split in two: its shape — every record and value, each Markdown text counted by where it sits and whether it
/// is empty — and its prose, the hash of each Markdown text by display path. Between two builds with the same shape, a
/// page's views can only differ through the Markdown texts it shows, so a page that shows none of the changed ones is
/// known unchanged without making its views.
/// </summary>
/// <param name="Shape">The fingerprint of the model with <see cref="MarkdownMode.Place"/>; empty for no model.</param>
/// <param name="Hashes">Each Markdown text's hash, by display path.</param>
public sealed record ModelProse(string Shape, IReadOnlyDictionary<string, string> Hashes)
{
    public static readonly ModelProse None = new("", new Dictionary<string, string>());

    public static ModelProse Of(ArchiveModel model)
    {
        var fingerprint = new Fingerprint(MarkdownMode.Place).AddView(model);
        return new ModelProse(fingerprint.Hex(), fingerprint.Prose);
    }

    /// <summary>Whether both are of a model, and of models alike in all but their prose.</summary>
    public bool SameShapeAs(ModelProse other) => Shape.Length > 0 && Shape == other.Shape;

    /// <summary>The Markdown texts whose content differs from <paramref name="before"/>'s, by display path; null when the shapes differ.</summary>
    public IReadOnlySet<string>? ChangedSince(ModelProse before)
    {
        if (!SameShapeAs(before))
        {
            return null;
        }

        return Hashes.Where(h => !before.Hashes.TryGetValue(h.Key, out var was) || was != h.Value)
            .Select(h => h.Key)
            .ToHashSet(StringComparer.Ordinal);
    }
}
