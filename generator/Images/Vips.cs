using NetVips;

namespace Broadsheet.Images;

/// <summary>
/// libvips, set up once for a build: one thread per image (the build spreads images over the cores itself), no operation
/// cache (each image is read once), its warnings kept from the terminal, and the loaders it does not trust refused.
/// </summary>
internal static class Vips
{
    private static readonly Lazy<string?> Problem = new(Start);

    /// <summary>The libvips version, part of every derivative's key: another version may encode other bytes.</summary>
    public static string Version => VersionText.Value;

    private static readonly Lazy<string> VersionText = new(() => $"{NetVips.NetVips.Version(0)}.{NetVips.NetVips.Version(1)}.{NetVips.NetVips.Version(2)}");

    /// <summary>Why libvips cannot be used on this machine; null when it can.</summary>
    public static string? Unavailable => Problem.Value;

    private static string? Start()
    {
        try
        {
            if (!ModuleInitializer.VipsInitialized)
            {
                return ModuleInitializer.Exception?.Message ?? "libvips did not start";
            }

            NetVips.NetVips.Concurrency = 1;
            NetVips.NetVips.BlockUntrusted = true;
            NetVips.Cache.Max = 0;
            NetVips.Cache.MaxFiles = 0;
            NetVips.Cache.MaxMem = 0;
            Log.SetLogHandler("VIPS", Enums.LogLevelFlags.Warning | Enums.LogLevelFlags.Message | Enums.LogLevelFlags.Info | Enums.LogLevelFlags.Debug, (_, _, _) => { });
            return null;
        }
        catch (Exception e) when (e is TypeInitializationException or DllNotFoundException or EntryPointNotFoundException)
        {
            return (e.InnerException ?? e).Message;
        }
    }
}
