namespace Broadsheet.Common;

/// <summary>Turns a path on disk into the form messages show: relative to the working folder, with '/'.</summary>
public static class DisplayPath
{
    public static string Of(string fullPath) => Of(fullPath, Environment.CurrentDirectory);

    /// <summary>For a caller naming many files: the working folder asked once (each asking is a system call).</summary>
    public static string Of(string fullPath, string workingFolder) =>
        Path.GetRelativePath(workingFolder, Path.TrimEndingDirectorySeparator(fullPath)).Replace('\\', '/');
}
