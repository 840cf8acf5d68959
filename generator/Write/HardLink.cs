using System.Runtime.InteropServices;

namespace Broadsheet.Write;

/// <summary>A second name for an existing file (link(2)): the staging folder starts from the output this way, writing nothing.</summary>
public static partial class HardLink
{
    /// <summary>Links <paramref name="newPath"/> to <paramref name="existingPath"/>; false where that cannot be done.</summary>
    public static bool TryCreate(string existingPath, string newPath)
    {
        if (OperatingSystem.IsWindows())
        {
            return false;
        }

        try
        {
            return Link(existingPath, newPath) == 0;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
#pragma warning disable CA2101 // Paths are marshalled as UTF-8, which is what Unix file names are.
    private static extern int Link([MarshalAs(UnmanagedType.LPUTF8Str)] string existingPath, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath);
#pragma warning restore CA2101
}
