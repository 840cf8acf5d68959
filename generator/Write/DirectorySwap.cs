using System.Runtime.InteropServices;

namespace Broadsheet.Write;

/// <summary>Exchanges two folders in one step, so a reader (or a killed build) never sees half of either.</summary>
public static partial class DirectorySwap
{
    private const int AtCurrentDirectory = -100;
    private const uint RenameExchange = 2;

    /// <summary>
    /// Swaps <paramref name="a"/> and <paramref name="b"/>: on Linux with renameat2(RENAME_EXCHANGE), atomically;
    /// elsewhere with two renames, leaving a moment in which <paramref name="b"/> does not exist.
    /// </summary>
    public static void Exchange(string a, string b)
    {
        if (OperatingSystem.IsLinux() && TryExchange(a, b))
        {
            return;
        }

        var aside = b + ".swap";
        Directory.Move(b, aside);
        Directory.Move(a, b);
        Directory.Move(aside, a);
    }

    private static bool TryExchange(string a, string b)
    {
        try
        {
            return Renameat2(AtCurrentDirectory, a, AtCurrentDirectory, b, RenameExchange) == 0;
        }
        catch (EntryPointNotFoundException)
        {
            // A C library older than glibc 2.28 has no renameat2: fall back to two renames.
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
#pragma warning disable CA2101 // Paths are marshalled as UTF-8, which is what Linux file names are.
    private static extern int Renameat2(int oldDirectory, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath, int newDirectory, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath, uint flags);
#pragma warning restore CA2101
}
