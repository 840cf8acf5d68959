using Broadsheet.Diagnostics;
using Broadsheet.Load;
using Broadsheet.Model;

namespace Broadsheet.Images;

/// <summary>
/// Every photograph of <c>static/</c> with the files the site makes of it, known from their headers before a page renders,
/// so pages print each derivative's name and size while the derivatives are still being made. A photograph that cannot be
/// used is an error at each front-matter line that names it, or at the file when none does.
/// </summary>
public sealed class ImageCatalog
{
    private readonly Dictionary<string, PlannedImage> _bySitePath;
    private readonly Dictionary<string, PlannedImage> _byOutputPath;

    private ImageCatalog(IReadOnlyList<PlannedImage> images)
    {
        Images = images;
        _bySitePath = images.ToDictionary(i => i.SitePath, StringComparer.Ordinal);
        _byOutputPath = images.SelectMany(i => i.All.Select(d => (d.OutputPath, i))).ToDictionary(p => p.OutputPath, p => p.i, StringComparer.Ordinal);
    }

    /// <summary>A catalog of no photographs, for tests and pages that show none.</summary>
    public static ImageCatalog Empty { get; } = new([]);

    /// <summary>The photographs, in the order of their paths.</summary>
    public IReadOnlyList<PlannedImage> Images { get; }

    /// <summary>The paths of every file made of the photographs.</summary>
    public IEnumerable<string> OutputPaths => _byOutputPath.Keys;

    /// <summary>The photograph at a path below <c>static/</c>, or whose derivative is at that path in the site.</summary>
    public PlannedImage? Find(string path) =>
        _bySitePath.TryGetValue(path, out var image) || _byOutputPath.TryGetValue(path, out image) ? image : null;

    /// <summary>Whether the file of <c>static/</c> at this path is published as one of a photograph's files, not copied.</summary>
    public bool Handles(string sitePath) => _bySitePath.ContainsKey(sitePath);

    /// <summary>Reads the header of every photograph of <c>static/</c> (or the store's note of it) and plans its files.</summary>
    public static ImageCatalog Plan(ArchiveModel model, ImageStore store, DiagnosticBag diagnostics)
    {
        var settings = model.Site.Images;
        var rasters = model.StaticFiles.Where(f => ImageFiles.IsRaster(f.SitePath)).OrderBy(f => f.SitePath, StringComparer.Ordinal).ToList();
        var probed = Common.ParallelMap.Ordered(rasters, file => Probe(file, settings, store));
        var images = new List<PlannedImage>();
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < rasters.Count; i++)
        {
            if (probed[i].Image is { } source)
            {
                images.Add(new PlannedImage(rasters[i].SitePath, rasters[i].FullPath, source, settings));
            }
            else
            {
                problems[rasters[i].SitePath] = probed[i].Problem!;
            }
        }

        Report(problems, UsesIn(model.Articles, model.Promos), model.StaticFiles, diagnostics);
        return new ImageCatalog(images);
    }

    private static (SourceImage? Image, string? Problem) Probe(StaticFile file, ImageSettings settings, ImageStore store)
    {
        var info = new FileInfo(file.FullPath);
        if (store.Known(file.SitePath, info) is { } known)
        {
            return (known, null);
        }

        var probed = ImageProbe.Probe(file.FullPath, settings.MaxPixels);
        if (probed.Image is { } image && info.LastWriteTimeUtc < DateTime.UtcNow.AddSeconds(-2))
        {
            // A file changed in the last two seconds may change again within its clock's tick: read it again next time.
            store.Remember(file.SitePath, info, image);
        }

        return probed;
    }

    /// <summary>Where front matter names images: articles' lead images, their authors' portraits, promotions' pictures.</summary>
    public static IEnumerable<ArticleImage?> UsesIn(IEnumerable<Article> articles, IEnumerable<Promo> promos) =>
        articles.Select(a => a.Image)
            .Concat(articles.SelectMany(a => a.Authors).Distinct().Select(a => a.Portrait))
            .Concat(promos.Select(p => p.Image));

    /// <summary>Each problem at the front-matter lines that name the photograph (<paramref name="uses"/>), or at the file itself.</summary>
    public static void Report(IReadOnlyDictionary<string, string> problems, IEnumerable<ArticleImage?> uses, IReadOnlyList<StaticFile> staticFiles, DiagnosticBag diagnostics)
    {
        if (problems.Count == 0)
        {
            return;
        }

        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var image in uses.OfType<ArticleImage>().Distinct())
        {
            if (problems.TryGetValue(image.Path, out var problem))
            {
                diagnostics.Error(image.Location, $"the image static/{image.Path} cannot be published: {problem}");
                named.Add(image.Path);
            }
        }

        var files = staticFiles.ToDictionary(f => f.SitePath, StringComparer.Ordinal);
        foreach (var (path, problem) in problems.Where(p => !named.Contains(p.Key)).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            diagnostics.Error(SourceLocation.File(Common.DisplayPath.Of(files[path].FullPath)), $"this image cannot be published: {problem}");
        }
    }
}
