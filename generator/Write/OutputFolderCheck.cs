using Broadsheet.Common;
using Broadsheet.Diagnostics;
using Broadsheet.Load;

namespace Broadsheet.Write;

/// <summary>Refuses an output folder that would overwrite the source, before anything is written or deleted.</summary>
public static class OutputFolderCheck
{
    public static void Check(string source, string output, DiagnosticBag diagnostics)
    {
        var sourceFull = Path.TrimEndingDirectorySeparator(Path.GetFullPath(source));
        var outputFull = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        if (IsSameOrInside(outputFull, sourceFull) || IsSameOrInside(sourceFull, outputFull))
        {
            diagnostics.Error(
                SourceLocation.Option("--output"),
                $"the output folder {DisplayPath.Of(outputFull)} overlaps the source folder {DisplayPath.Of(sourceFull)}; choose an output folder outside it");
        }
    }

    private static bool IsSameOrInside(string path, string folder) =>
        path == folder || path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
