using System.Text;
using Broadsheet.Render;

namespace Broadsheet.Tests.TestSupport;

/// <summary>Builds themes in memory: every required template trivially, with the ones a test cares about replaced.</summary>
public static class Themes
{
    public static IReadOnlyList<ThemeFile> Minimal(params (string Path, string Text)[] overrides)
    {
        var files = TemplateSet.Required.ToDictionary(
            p => p,
            p => p == "layout.html" ? "<main>{{ content }}</main>" : $"<p>{p}</p>",
            StringComparer.Ordinal);
        foreach (var (path, text) in overrides)
        {
            files[path] = text;
        }

        return files
            .OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => File(f.Key, f.Value))
            .ToList();
    }

    public static ThemeFile File(string path, string text) => new(path, $"templates/{path}", Encoding.UTF8.GetBytes(text));
}
