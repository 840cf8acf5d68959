using Broadsheet.Diagnostics;

namespace Broadsheet.Model;

/// <summary>Checks that a front-matter value names a file under static/.</summary>
public static class StaticReference
{
    public static string? Check(FrontMatterReader reader, string key, ISet<string> staticFiles)
    {
        var path = reader.Text(key);
        if (path is null)
        {
            return null;
        }

        var normalized = path.TrimStart('/');
        if (normalized.StartsWith("static/", StringComparison.Ordinal))
        {
            normalized = normalized["static/".Length..];
        }

        if (staticFiles.Contains(normalized))
        {
            return normalized;
        }

        reader.Error(
            key,
            $"'{key}' names '{path}', which is not a file under static/{Suggest.Hint(normalized, staticFiles)}");
        return null;
    }
}
