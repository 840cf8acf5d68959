namespace Broadsheet.Model;

/// <summary>Checks an <c>audio:</c> value: a file under static/ in a format browsers play.</summary>
public static class AudioReference
{
    public static AudioFile? Check(FrontMatterReader reader, string key, ISet<string> staticFiles)
    {
        if (reader.Text(key) is not { } written)
        {
            return null;
        }

        if (!AudioFile.Formats.TryGetValue(Path.GetExtension(written), out var format))
        {
            reader.Error(
                key,
                $"'{key}' names '{written}', which is not an audio format browsers play; use an MP3 (.mp3), M4A (.m4a), Ogg (.ogg) or Opus (.opus) file");
            return null;
        }

        return StaticReference.Check(reader, key, staticFiles) is { } path
            ? new AudioFile(path, format.MediaType, format.Format, reader.AtValueOrStart(key))
            : null;
    }
}
