using System.Reflection;
using Broadsheet.Common;
using Broadsheet.Load;
using Broadsheet.Render;

namespace Broadsheet.Cache;

/// <summary>The keys that decide how much of a previous build can be reused.</summary>
public static class BuildKeys
{
    /// <summary>This build of Broadsheet and the libraries that shape its output: a new one re-renders every page.</summary>
    public static string Generator() =>
        new Fingerprint()
            .AddAssembly(typeof(BuildKeys).Assembly)
            .AddAssembly(typeof(Markdig.Markdown).Assembly)
            .AddAssembly(typeof(Scriban.Template).Assembly)
            .AddAssembly(typeof(YamlDotNet.Serialization.Deserializer).Assembly)
            .AddAssembly(typeof(AngleSharp.Html.Parser.HtmlParser).Assembly)
            .Hex();

    /// <summary>
    /// The options and every file under the source folder (and an outside theme folder) by path, size and time of last
    /// change, without reading them: if this is what the last build saw, nothing can have changed.
    /// </summary>
    /// <param name="source">The source folder as this build listed it, before reading any of it.</param>
    /// <param name="templates">The theme folder given with --templates, if any.</param>
    /// <param name="options">The other options that change what is built (drafts, base URL, warnings as errors).</param>
    /// <remarks>
    /// The working folder counts too: a build that changed nothing gives the last build's warnings again, and they name
    /// files from the folder that build was run in.
    /// </remarks>
    public static string Inputs(string generatorKey, SourceListing source, string? templates, params object?[] options)
    {
        var fingerprint = WithOptions(generatorKey, source, options)
            .Add(templates is null ? null : Path.GetFullPath(templates))
            .Add(Environment.CurrentDirectory);
        AddFolder(fingerprint, source);
        if (templates is not null)
        {
            AddFolder(fingerprint, SourceListing.Of(templates));
        }

        return fingerprint.Hex();
    }

    /// <summary>
    /// The options and every file under the source folder but its theme (<c>templates/</c>), by path, size and time: if
    /// this is what the last build saw, its model stands.
    /// </summary>
    public static string Content(string generatorKey, SourceListing source, params object?[] options)
    {
        var fingerprint = WithOptions(generatorKey, source, options);
        AddFolder(fingerprint, source, Path.Combine(source.Root, "templates") + Path.DirectorySeparatorChar);
        return fingerprint.Hex();
    }

    private static Fingerprint WithOptions(string generatorKey, SourceListing source, object?[] options)
    {
        var fingerprint = new Fingerprint().Add(generatorKey).Add(source.Root);
        foreach (var option in options)
        {
            fingerprint.Add(Convert.ToString(option, System.Globalization.CultureInfo.InvariantCulture));
        }

        return fingerprint;
    }

    private static void AddFolder(Fingerprint fingerprint, SourceListing listing, string? except = null)
    {
        if (!listing.Exists)
        {
            fingerprint.Mark('0');
            return;
        }

        foreach (var (path, stamp, kind) in listing.Entries)
        {
            if (except is not null && (path + Path.DirectorySeparatorChar).StartsWith(except, StringComparison.Ordinal))
            {
                continue;
            }

            fingerprint.Add(path).Add(stamp.Size).Add(stamp.WriteTicks).Mark((char)('a' + (int)kind));

            // A link is followed by the loader, so its target's time counts too.
            if (kind == EntryKind.LinkedFile && File.ResolveLinkTarget(path, returnFinalTarget: true) is { } target && target.Exists)
            {
                fingerprint.Add(target.FullName).Add(target.LastWriteTimeUtc.Ticks);
            }
        }
    }

    private static Fingerprint AddAssembly(this Fingerprint fingerprint, Assembly assembly) =>
        fingerprint.Add(assembly.ManifestModule.ModuleVersionId.ToString()).Add(assembly.GetName().Version?.ToString());
}
