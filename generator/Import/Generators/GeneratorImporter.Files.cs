using Broadsheet.Common;
namespace Broadsheet.Import.Generators;

/// <summary>What a post points at: other posts by a template tag or an address, files copied into static/, its image.</summary>
public sealed partial class GeneratorImporter
{
    /// <summary>A post named by a template tag, as a link from <paramref name="from"/>; a static file's address as it is.</summary>
    private string? Reference(string reference, Planned from)
    {
        var (path, fragment) = SplitFragment(reference.Trim());
        if ((_byReference.TryGetValue(path, out var target) || _byReference.TryGetValue(path.TrimStart('/'), out target)) && Reachable(from, target))
        {
            return SitePaths.Relative(from.SitePath, target) + fragment;
        }

        return null;
    }

    /// <summary>A link or image address in a body: another post's address becomes its file; a static file is copied.</summary>
    private string Address(string root, GeneratorLayout layout, Planned planned, string url, bool image)
    {
        if (url.StartsWith('#') || url.Contains("://", StringComparison.Ordinal) || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
            || url.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || url.Contains(".md#", StringComparison.OrdinalIgnoreCase))
        {
            return url;
        }

        var (path, fragment) = SplitFragment(url);
        if (!image && path.StartsWith('/') && OldUrl.Key(path) is { } key && _byUrl.TryGetValue(key, out var target) && Reachable(planned, target))
        {
            return SitePaths.Relative(planned.SitePath, target) + fragment;
        }

        if (StaticFile(root, layout, planned.File, path) is { } copied)
        {
            return copied + fragment;
        }

        if (path.StartsWith('/') || image)
        {
            _brokenLinks = true;
            _log.Warn(planned.File, $"{url} is neither an imported post nor a file of the site; kept as it was (site.yml gets link_check: warn)");
        }

        return url;
    }

    /// <summary>A published post's link to a draft would lead nowhere in a build without --drafts; a draft may link to anything.</summary>
    private bool Reachable(Planned from, string target) => from.Draft || !_drafts.Contains(target);

    private (string? Path, string? Alt) Image(string root, GeneratorLayout layout, Planned planned)
    {
        var source = planned.Source;
        if ((source.Text("image", "featured_image", "thumbnail") ?? source.Nested("cover", "image")) is not { } written)
        {
            return (null, null);
        }

        if (written.Contains("://", StringComparison.Ordinal) || StaticFile(root, layout, planned.File, written) is not { } copied)
        {
            _log.Warn(planned.File, $"its image {written} is not a file of the site; left out of the front matter");
            return (null, null);
        }

        var alt = source.Text("image_alt", "alt") ?? source.Nested("cover", "alt");
        if (alt is null)
        {
            alt = planned.Title;
            _log.Warn(planned.File, $"its image {written} has no alt text; the title stands in for it");
        }

        _log.Field("image", FieldSource.FrontMatter);
        return (copied.TrimStart('/'), alt);
    }

    /// <summary>Copies a file the post names (from the site's root or beside the post) into static/; its address from the root.</summary>
    private string? StaticFile(string root, GeneratorLayout layout, string file, string url)
    {
        string decoded;
        try
        {
            decoded = Uri.UnescapeDataString(url);
        }
        catch (UriFormatException)
        {
            return null;
        }

        if (decoded.Split('/').Any(p => p is "..") || decoded.Length == 0)
        {
            return null;
        }

        var candidates = decoded.StartsWith('/')
            ? layout.StaticRoots().Select(r => (Full: Path.Combine(r, decoded.TrimStart('/')), Path: decoded.TrimStart('/')))
            : [(Full: Path.Combine(root, Path.GetDirectoryName(file) ?? "", decoded), Path: Path.Combine(Path.GetDirectoryName(file) ?? "", decoded).Replace('\\', '/'))];
        foreach (var (full, path) in candidates)
        {
            var resolved = Path.GetFullPath(full);
            if (resolved.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(resolved)
                && !resolved.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            {
                var target = path.StartsWith("content/", StringComparison.Ordinal) ? path["content/".Length..] : path;
                if (!session.Writer.Has("static/" + target))
                {
                    session.Writer.Copy("static/" + target, resolved);
                    _log.Count("static files copied");
                }

                return "/" + target;
            }
        }

        return null;
    }
}
