using Broadsheet.Common;
using Broadsheet.Diagnostics;
using Broadsheet.Load;

namespace Broadsheet.Model;

/// <summary>Checks that a content file's name makes a valid id, since the name becomes part of a URL.</summary>
public static class IdCheck
{
    public static string? FromFileName(ParsedSource file, DiagnosticBag diagnostics)
    {
        var id = Ids.FromFileName(file.SitePath);
        if (Ids.IsValid(id))
        {
            return id;
        }

        var suggestion = Ids.Slugify(id);
        diagnostics.Error(
            SourceLocation.File(file.DisplayPath),
            $"the file name '{id}' is not a valid id: use lowercase letters, digits and hyphens"
            + (suggestion.Length > 0 ? $"; rename it to '{suggestion}.md'" : ""));
        return null;
    }
}
