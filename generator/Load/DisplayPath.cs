namespace Broadsheet.Load;

/// <summary>Turns a path on disk into the form messages show: relative to the working folder, with '/'.</summary>
public static class DisplayPath
{
    public static string Of(string fullPath)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, fullPath);
        return relative.Replace('\\', '/');
    }
}
