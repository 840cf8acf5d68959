using System.Text;

namespace Broadsheet.Cli.Scaffold;

/// <summary>Creates the planned files; refuses, before writing any, if one already exists: nothing is ever overwritten.</summary>
public static class ScaffoldWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(IReadOnlyList<ScaffoldFile> files)
    {
        foreach (var file in files.Where(f => File.Exists(f.Path) || Directory.Exists(f.Path)))
        {
            throw Exists(file);
        }

        foreach (var file in files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file.Path))!);
            try
            {
                // CreateNew fails rather than replace a file that appeared since the check above.
                using var stream = new FileStream(file.Path, FileMode.CreateNew, FileAccess.Write);
                stream.Write(Utf8NoBom.GetBytes(file.Text));
            }
            catch (IOException) when (File.Exists(file.Path))
            {
                throw Exists(file);
            }
        }
    }

    private static CommandFailedException Exists(ScaffoldFile file) =>
        new($"{file.Path} already exists; nothing was written (broadsheet new never overwrites a file)");
}
