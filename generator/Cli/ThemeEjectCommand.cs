using Broadsheet.Cli.Output;
using Broadsheet.Common;
using Broadsheet.Render;

namespace Broadsheet.Cli;

/// <summary>
/// <c>broadsheet theme eject [DIR]</c>: writes the default theme's files (templates, partials, assets) for the archive to
/// change, into its own <c>templates/</c> folder by default, where the build takes them over the built-in theme. A file that
/// is already there is kept as it is.
/// </summary>
public sealed class ThemeEjectCommand(string folder) : ICommand
{
    public int Run(Terminal terminal)
    {
        var written = 0;
        var kept = new List<string>();
        foreach (var file in ThemeLoader.Default().OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            var path = Path.GetFullPath(Path.Combine(folder, file.Path));
            if (File.Exists(path))
            {
                kept.Add(DisplayPath.Of(path));
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Content);
            written++;
            if (!terminal.IsQuiet)
            {
                terminal.Out.WriteLine($"{terminal.OutStyle.Green("created")} {DisplayPath.Of(path)}");
            }
        }

        foreach (var path in kept)
        {
            terminal.Out.WriteLine($"note: {path} already exists; kept as it is (theme eject never overwrites a file)");
        }

        if (!terminal.IsQuiet)
        {
            terminal.Out.WriteLine(
                $"wrote {BuildSummary.Plural(written, "file")} of the default theme into {DisplayPath.Of(Path.GetFullPath(folder))}/; "
                + "change any of them, delete the ones you keep as they are, and the build takes the rest from the default theme");
        }

        return ExitCode.Success;
    }
}
