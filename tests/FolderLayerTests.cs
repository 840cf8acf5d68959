using System.Text.RegularExpressions;

namespace Broadsheet.Tests;

/// <summary>
/// The generator's folders are layers in the order data flows through them: a folder may use the folders before it,
/// never one after it, so no two folders depend on each other in a circle.
/// </summary>
public sealed partial class FolderLayerTests
{
    /// <summary>Helpers first, then the stages in the order they run, then what runs them.</summary>
    private static readonly string[] Layers =
    [
        "Common", "Diagnostics", "Progress",
        "Load", "Model", "Images", "Graph", "Render", "Search", "Books", "Write", "Check",
        "Cache", "Build", "Import", "Cli",
    ];

    private static string Generator => Path.Combine(RepoPaths.Root, "generator");

    [Fact]
    public void Every_folder_of_the_generator_has_its_place_in_the_layers()
    {
        var folders = Directory.GetDirectories(Generator)
            .Select(Path.GetFileName)
            .Where(f => f is not ("bin" or "obj"))
            .Order(StringComparer.Ordinal);
        Assert.Equal(Layers.Order(StringComparer.Ordinal), folders);
    }

    [Fact]
    public void No_folder_uses_a_folder_that_comes_after_it()
    {
        var wrong = UsesOfLaterFolders().Select(u => $"{u.File} uses Broadsheet.{u.Target}").ToList();
        Assert.True(wrong.Count == 0, "folders used against the flow:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void A_use_against_the_flow_is_found()
    {
        var uses = UsesIn("Graph/Example.cs", "using Broadsheet.Render;\nusing Broadsheet.Model;\nvar x = Broadsheet.Cache.BuildKeys.Generator();");
        Assert.Equal(["Cache", "Render"], uses.Order(StringComparer.Ordinal));
    }

    private static IEnumerable<(string File, string Target)> UsesOfLaterFolders()
    {
        foreach (var file in Directory.EnumerateFiles(Generator, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(Generator, file).Replace('\\', '/');
            if (relative.StartsWith("bin/", StringComparison.Ordinal) || relative.StartsWith("obj/", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var target in UsesIn(relative, File.ReadAllText(file)))
            {
                yield return (relative, target);
            }
        }
    }

    /// <summary>The folders after its own that a file names (<c>Broadsheet.X</c>); a file at the top (Program.cs) may name any.</summary>
    private static IEnumerable<string> UsesIn(string relativePath, string text)
    {
        var slash = relativePath.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return [];
        }

        var own = Array.IndexOf(Layers, relativePath[..slash]);
        return FolderName().Matches(text)
            .Select(m => m.Groups[1].Value)
            .Distinct(StringComparer.Ordinal)
            .Where(t => Array.IndexOf(Layers, t) > own);
    }

    [GeneratedRegex(@"\bBroadsheet\.([A-Z][A-Za-z0-9]*)")]
    private static partial Regex FolderName();
}
