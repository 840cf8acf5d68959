using Broadsheet.Diagnostics;

namespace Broadsheet.Model;

/// <summary>Resolves front-matter ids (an issue, a section, topics) against those that exist, each unknown one an error at its value with the nearest id.</summary>
public static class ReferenceList
{
    /// <summary>The records a list of ids names, each once, in the order written.</summary>
    /// <param name="otherwise">What to do about an unknown id nothing is near to.</param>
    /// <param name="failed">Ids whose own files have errors, with those files: named, rather than the id called unknown.</param>
    /// <param name="self">What the file is, for "this article is built once they are fixed".</param>
    public static List<T> Resolve<T>(
        FrontMatterReader reader,
        string key,
        string what,
        IReadOnlyDictionary<string, T> known,
        Func<string, string> otherwise,
        IReadOnlyDictionary<string, string>? failed = null,
        string self = "article")
    {
        var found = new List<T>();
        foreach (var (id, location) in reader.TextList(key))
        {
            if (known.TryGetValue(id, out var item))
            {
                if (!found.Contains(item))
                {
                    found.Add(item);
                }
            }
            else
            {
                reader.Error(location, Unknown(what, id, known.Keys, otherwise, failed, self));
            }
        }

        return found;
    }

    /// <summary>Why an id is not there: its file has errors, or it is unknown (and perhaps misspelt).</summary>
    public static string Unknown<T>(string what, string id, IEnumerable<string> known, Func<string, string> otherwise, IReadOnlyDictionary<string, T>? failed, string self = "article")
    {
        if (failed is not null && failed.TryGetValue(id, out var file))
        {
            return $"{what} '{id}' is left out for the errors in {file}; this {self} is built once they are fixed";
        }

        var hint = Suggest.Hint(id, known);
        return $"unknown {what} '{id}'{(hint.Length > 0 ? hint : otherwise(id))}";
    }
}
